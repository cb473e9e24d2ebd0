import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer
import Testing
import TestSupport

@Suite("The OpenAPI document says what the router does", .ownThreads)
struct OpenAPITests {
    @Test func documentIsOpenAPI31AndMatchesTheRoutes() throws {
        let fixture = try KioskFixture()
        let reply = try fixture.call("GET", "/api/v1/openapi.json")
        #expect(reply.status == 200)
        let document = try #require(reply.json as? [String: Any])
        #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let verbs: Set<String> = ["get", "post", "put", "patch", "delete"]
        var documented = Set<String>()
        for (path, item) in paths {
            for key in item.keys where verbs.contains(key) { documented.insert("\(key.uppercased()) \(path)") }
        }
        var routed = Set(fixture.app.routes.map { "\($0.method) \($0.path)" })
        routed.insert("GET /healthz")
        #expect(documented == routed)
    }
}

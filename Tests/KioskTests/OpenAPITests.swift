import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer
import Kiosk
import Testing
import TestSupport

@Suite("The OpenAPI document says what the router does", .ownThreads)
struct OpenAPITests {
    static let file = KioskFixture.repositoryRoot + "/api/openapi.json"

    @Test func servedAsTheFileIs() throws {
        let fixture = try KioskFixture()
        let reply = try fixture.fetch("/api/v1/openapi.json")
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(reply.body == (try Data(contentsOf: URL(fileURLWithPath: Self.file))))
    }

    @Test func documentIsOpenAPI31AndMatchesTheRoutes() throws {
        let fixture = try KioskFixture()
        let document = try OpenAPIDocument.load(Self.file)
        #expect((document.root["openapi"] as? String)?.hasPrefix("3.1") == true)
        #expect((document.root["info"] as? [String: Any])?["version"] as? String == Version.current)
        var routed = Set(fixture.app.routes.map { "\($0.method) \($0.path)" })
        routed.insert("GET /healthz")
        routed.insert("GET /metrics")
        let documented = Set(document.operations.map { "\($0.method) \($0.path)" })
        #expect(documented.subtracting(routed).isEmpty, "documented but not routed")
        #expect(routed.subtracting(documented).isEmpty, "routed but not documented")
    }

    @Test func everyReferenceResolvesAndRepeatedParametersAreShared() throws {
        let document = try OpenAPIDocument.load(Self.file)
        let references = document.references()
        #expect(!references.isEmpty)
        for reference in references {
            #expect(document.resolve(reference) != nil, "dangling \(reference)")
        }
        let shared = try #require((document.root["components"] as? [String: Any])?["parameters"] as? [String: Any])
        for name in shared.keys {
            #expect(references.contains("#/components/parameters/\(name)"), "unused parameter \(name)")
        }
        let inline = document.operations.flatMap(\.inlineParameterNames)
        #expect(inline.isEmpty, "parameters written inline instead of in components/parameters: \(inline)")
    }
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Kiosk
import Testing
import TestSupport

@Suite("Kiosk API over loopback with a real database", .ownThreads)
struct KioskAPITests {
    @Test func healthIs503UntilReadyThen200() throws {
        let fixture = try KioskFixture(ready: false)
        let starting = try fixture.call("GET", "/healthz")
        #expect(starting.status == 503)
        fixture.app.markReady()
        let ready = try fixture.call("GET", "/healthz")
        #expect(ready.status == 200)
        let body = try #require(ready.json as? [String: String])
        #expect(body == ["status": "ok", "version": Version.current])
    }

    @Test func uiIsServedInFrench() throws {
        let fixture = try KioskFixture()
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(fixture.port)/")!)
        request.httpMethod = "GET"
        let (data, response) = try HTTP.send(request)
        #expect(response.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("<html lang=\"fr\">"))
        #expect((response.value(forHTTPHeaderField: "Content-Type") ?? "") == "text/html; charset=utf-8")
        #expect(try fixture.call("POST", "/app.js", body: "{}").status == 405)
    }

    @Test func sessionLifecycle() throws {
        let fixture = try KioskFixture()
        let created = try fixture.call("POST", "/api/v1/sessions", body: #"{"language":"en"}"#)
        #expect(created.status == 201)
        #expect(created.headers["cache-control"] == "no-store")
        let session = try #require(created.json as? [String: Any])
        let id = try #require(session["id"] as? String)
        #expect(session["language"] as? String == "en")
        #expect(session["active"] as? Bool == true)

        let fetched = try fixture.call("GET", "/api/v1/sessions/\(id)")
        #expect(fetched.status == 200)
        #expect((fetched.json as? [String: Any])?["id"] as? String == id)

        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(id)").status == 204)
        let ended = try fixture.call("GET", "/api/v1/sessions/\(id)")
        #expect((ended.json as? [String: Any])?["active"] as? Bool == false)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(id)").status == 404)
    }

    @Test func startingASessionEndsThePreviousVisitors() throws {
        let fixture = try KioskFixture()
        let first = try #require(try fixture.call("POST", "/api/v1/sessions", body: #"{"language":"fr"}"#).json as? [String: Any])
        _ = try fixture.call("POST", "/api/v1/sessions", body: #"{"language":"fr"}"#)
        let id = try #require(first["id"] as? String)
        let old = try fixture.call("GET", "/api/v1/sessions/\(id)")
        #expect((old.json as? [String: Any])?["active"] as? Bool == false)
    }

    @Test(arguments: [
        ("wrong media type", #"{"language":"fr"}"#, "text/plain", 415, "unsupported_media_type"),
        ("not JSON", "{language:", "application/json", 400, "invalid_json"),
        ("null value", #"{"language":null}"#, "application/json", 422, "invalid_field"),
        ("missing field", "{}", "application/json", 422, "invalid_field"),
        ("bad enum", #"{"language":"de"}"#, "application/json; charset=utf-8", 422, "invalid_field"),
        ("wrong type", #"{"language":7}"#, "application/json", 422, "invalid_field"),
        ("too large", "{\"language\":\"" + String(repeating: "x", count: 4000) + "\"}", "application/json", 413, "payload_too_large"),
    ])
    func badInputGetsA4xxNamingTheProblem(label: String, body: String, type: String, status: Int, code: String) throws {
        let fixture = try KioskFixture()
        let reply = try fixture.call("POST", "/api/v1/sessions", body: body, contentType: type)
        #expect(reply.status == status, "\(label)")
        let error = (reply.json as? [String: [String: String]])?["error"]
        #expect(error?["code"] == code, "\(label)")
        if status == 422 { #expect(error?["message"]?.hasPrefix("language") == true, "\(label): \(error?["message"] ?? "")") }
        if label == "bad enum" { #expect(error?["message"] == "language: must be one of fr, en") }
    }

    @Test func invalidUTF8BodyIs400() throws {
        let fixture = try KioskFixture()
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(fixture.port)/api/v1/sessions")!)
        request.httpMethod = "POST"
        request.httpBody = Data([0x7B, 0x22, 0xFF, 0x22, 0x7D])
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, response) = try HTTP.send(request)
        #expect(response.statusCode == 400)
        #expect(String(decoding: data, as: UTF8.self).contains("UTF-8"))
    }

    @Test func invalidSessionIdsAre422AndUnknownOnes404() throws {
        let fixture = try KioskFixture()
        #expect(try fixture.call("GET", "/api/v1/sessions/not-a-uuid").status == 422)
        #expect(try fixture.call("GET", "/api/v1/sessions/\(UUID().uuidString.lowercased())").status == 404)
        #expect(try fixture.call("PUT", "/api/v1/sessions").status == 405)
        #expect(try fixture.call("GET", "/api/v1/unknown").status == 404)
    }
}

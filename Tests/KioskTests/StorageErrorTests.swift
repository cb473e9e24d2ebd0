import Foundation
import HTTPServer
import Kiosk
import Storage
import Testing

/// A damaged row never vanishes quietly: the request that needs it fails with the one 503
/// answer, or a list leaves it out; either way it is counted in `/metrics` (and logged).
@Suite("Unreadable rows and storage failures, as a client and the operator see them")
struct StorageErrorTests {
    func metric(_ fixture: KioskFixture, _ name: String) throws -> Int {
        let text = String(decoding: try fixture.fetch("/metrics").body, as: UTF8.self)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(name + " ") })
        return try #require(Int(line.split(separator: " ")[1]))
    }

    @Test func aDamagedPassportFactIsA503NotAShorterPassport() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/diagnostic", body: #"{"answers":{}}"#).status == 201)
        #expect(try fixture.call("GET", "/api/v1/sessions/\(session)/passport").status == 200)
        let unreadable = try metric(fixture, "vitrine_storage_unreadable_rows_total")
        let failures = try metric(fixture, "vitrine_storage_failures_total")
        try fixture.database.write { (connection) throws(StorageError) in   // a passed training that names none
            try connection.execute("INSERT INTO progress (session_id, kind, subject, passed, at) VALUES (?, 'training', NULL, 1, 0)",
                                   [.text(session)])
        }
        let reply = try fixture.call("GET", "/api/v1/sessions/\(session)/passport")
        #expect(reply.status == 503)
        #expect(reply.headers["retry-after"] == "10")
        #expect((reply.json as? [String: [String: String]])?["error"]?["code"] == "storage_unavailable")
        #expect(try metric(fixture, "vitrine_storage_unreadable_rows_total") >= unreadable + 1)
        #expect(try metric(fixture, "vitrine_storage_failures_total") >= failures + 1)
    }

    @Test func theDirectoryLeavesOutADamagedPageAndCountsIt() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let slugs = try ["Boulangerie Martin", "Fleurs de Lyon"].map { name in try publish(fixture, name: name) }
        let unreadable = try metric(fixture, "vitrine_storage_unreadable_rows_total")
        try fixture.database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE shops SET page = '{not json' WHERE slug = ?", [.text(slugs[0])])
        }
        let directory = try fixture.fetch("/d/vitrine")
        #expect(directory.status == 200)
        let html = String(decoding: directory.body, as: UTF8.self)
        #expect(html.contains("Fleurs de Lyon") && !html.contains("Boulangerie Martin"))
        #expect(try metric(fixture, "vitrine_storage_unreadable_rows_total") >= unreadable + 1)
        #expect(try fixture.fetch("/s/\(slugs[0])").status == 503)
    }

    @Test func metricsAreForTheBoxItselfOnly() throws {
        let fixture = try KioskFixture()
        let local = try fixture.fetch("/metrics")
        #expect(local.status == 200)
        #expect(local.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(String(decoding: local.body, as: UTF8.self).contains("vitrine_storage_failures_total "))
        guard case .response(let remote) = fixture.app.respond(to: Request(method: .get, path: "/metrics", clientAddress: "192.0.2.7")) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(remote.status == 403)
    }

    /// A visitor who consents, builds and publishes a page named `name`; returns its slug.
    private func publish(_ fixture: KioskFixture, name: String) throws -> String {
        let session = try fixture.startSession()
        let hash = try #require((try fixture.call("GET", "/api/v1/privacy").json as? [String: Any])?["noticeHash"] as? String)
        let consent = #"{"purposes":["publish"],"hub":false,"noticeHash":"\#(hash)","pin":"2468"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/consent", body: consent).status == 201)
        let draft = ShopAPITests.draft.replacingOccurrences(of: "Crêperie Élodie", with: name)
        #expect(try fixture.call("PUT", "/api/v1/sessions/\(session)/shop", body: draft).status == 200)
        let published = try fixture.call("POST", "/api/v1/sessions/\(session)/shop/publish", body: "{}")
        return try #require((published.json as? [String: Any])?["slug"] as? String)
    }
}

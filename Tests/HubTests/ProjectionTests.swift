import Foundation
import Hub
import JSON
import ReportProtocol
import Storage
import Testing
import TestSupport

@Suite("What the hub derives from events: pages, consent, advisor requests, conflicts", .ownThreads)
struct ProjectionTests {
    static let profile: JSONValue = .object([JSONField("name", .string("Crêperie Élodie")), JSONField("hours", .array([])),
                                             JSONField("closures", .array([])), JSONField("services", .array([])),
                                             JSONField("accent", .string("#1f5c99"))])

    func page(_ type: String = "page.published", slug: String = "creperie-elodie", owner: String = "o1") -> ReportEvent {
        HubFixture.event(type, [JSONField("owner", .string(owner)), JSONField("slug", .string(slug)), JSONField("page", Self.profile)])
    }

    func consent(_ type: String, owner: String = "o1", purposes: [String], hub: Bool, token: String? = "tok") -> ReportEvent {
        var data = [JSONField("owner", .string(owner)), JSONField("purposes", .array(purposes.map(JSONValue.string))),
                    JSONField("hub", .bool(hub)), JSONField("noticeHash", .string("h"))]
        if let token { data.append(JSONField("passportToken", .string(token))) }
        return HubFixture.event(type, data)
    }

    func strings(_ hub: HubFixture, _ sql: String) throws -> [String?] {
        try hub.database.read { (connection) throws(StorageError) in try connection.query(sql).map { $0.string(0) } }
    }

    @Test func pagesArePublishedUpdatedAndTakenDown() throws {
        let hub = try HubFixture()
        let outcome = try hub.send(HubFixture.body([consent("consent.given", purposes: ["publish"], hub: true), page()])).get()
        #expect(outcome.changedSlugs == ["creperie-elodie"])
        #expect(try strings(hub, "SELECT slug FROM pages") == ["creperie-elodie"])
        _ = try hub.send(HubFixture.body([HubFixture.event("page.unpublished", [JSONField("owner", .string("o1")),
                                                                                JSONField("slug", .string("creperie-elodie"))])])).get()
        #expect(try hub.count("pages") == 0)
    }

    @Test func withdrawingConsentRemovesPagesAndPersonalFields() throws {
        let hub = try HubFixture()
        let advisor = HubFixture.event("advisor.requested", [
            JSONField("owner", .string("o1")), JSONField("request", .string("r1")), JSONField("topic", .string("website")),
            JSONField("preferredTime", .string("morning")), JSONField("name", .string("Canari Dupont")), JSONField("phone", .string("+33612345678")),
        ])
        _ = try hub.send(HubFixture.body([consent("consent.given", purposes: ["publish", "callback"], hub: true), page(), advisor])).get()
        #expect(try strings(hub, "SELECT name FROM advisor_requests") == ["Canari Dupont"])
        #expect(try strings(hub, "SELECT passport_token FROM owners") == ["tok"])
        let logged = try strings(hub, "SELECT data FROM events").compactMap { $0 }.joined()
        #expect(!logged.contains("Canari") && !logged.contains("+33612345678") && !logged.contains("tok"), "the event log keeps nothing personal")
        _ = try hub.send(HubFixture.body([HubFixture.event("consent.withdrawn", [JSONField("owner", .string("o1"))])])).get()
        #expect(try hub.count("pages") == 0 && hub.count("owners") == 0)
        #expect(try strings(hub, "SELECT name FROM advisor_requests") == [nil])
        #expect(try strings(hub, "SELECT topic FROM advisor_requests") == ["website"], "the anonymous request stays")
    }

    /// Issue 13: after a withdrawal reaches the hub, the name and phone leave the raw files too.
    @Test func aWithdrawalLeavesNoPersonalByteInTheHubsFiles() throws {
        let hub = try HubFixture()
        hub.database.startPeriodicCheckpoints(intervalSeconds: 3600)
        let advisor = HubFixture.event("advisor.requested", [
            JSONField("owner", .string("o1")), JSONField("request", .string("r1")), JSONField("topic", .string("website")),
            JSONField("preferredTime", .string("morning")), JSONField("name", .string("Quirinalde Effacetout")),
            JSONField("phone", .string("+33647291853")),
        ])
        _ = try hub.send(HubFixture.body([consent("consent.given", purposes: ["callback"], hub: true), advisor])).get()
        _ = try hub.send(HubFixture.body([HubFixture.event("consent.withdrawn", [JSONField("owner", .string("o1"))])])).get()
        func left() -> [String] {
            ["hub.sqlite", "hub.sqlite-wal"].flatMap { file in
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: hub.directory + "/" + file))) ?? Data()
                return ["Quirinalde", "Effacetout", "+33647291853"].filter { bytes.range(of: Data($0.utf8)) != nil }.map { "\($0) in \(file)" }
            }
        }
        let deadline = Date().addingTimeInterval(5)
        while !left().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        #expect(left().isEmpty)
    }

    @Test func narrowingConsentDropsWhatIsNoLongerAllowed() throws {
        let hub = try HubFixture()
        _ = try hub.send(HubFixture.body([consent("consent.given", purposes: ["publish"], hub: true), page()])).get()
        _ = try hub.send(HubFixture.body([consent("consent.changed", purposes: ["callback"], hub: false, token: nil)])).get()
        #expect(try hub.count("pages") == 0)
        #expect(try strings(hub, "SELECT passport_token FROM owners") == [nil])
    }

    @Test func aSlugHeldByAnotherKioskIsAConflictNotATakeover() throws {
        let hub = try HubFixture()
        _ = try hub.send(HubFixture.body([page()])).get()
        let other = try Kiosks(database: hub.database).add(name: "k2", now: HubFixture.registered).secret
        let body = HubFixture.body([page(owner: "o2")])
        let time = Int64(Date().timeIntervalSince1970)
        _ = try hub.ingest.receive(kiosk: "k2", webhookID: "m", timestamp: String(time),
                                   signature: WebhookSignature.sign(other, id: "m", timestamp: time, body: body), body: body)
        #expect(try strings(hub, "SELECT kiosk_id FROM pages WHERE slug = 'creperie-elodie'") == ["k1"])
        #expect(try strings(hub, "SELECT kiosk_id || ' ' || suggestion FROM slug_conflicts") == ["k2 creperie-elodie-2"])
        #expect(try strings(hub, "SELECT owner FROM pages WHERE slug = 'creperie-elodie-2'") == ["o2"],
                "k2's page goes up under the suggestion, for its posters' codes")
    }

    @Test func anInvalidProfileIsStoredAsAnEventButNotPublished() throws {
        let hub = try HubFixture()
        let broken = HubFixture.event("page.published", [JSONField("slug", .string("x")), JSONField("page", .string("<script>"))])
        _ = try hub.send(HubFixture.body([broken])).get()
        #expect(try hub.count("events") == 1 && hub.count("pages") == 0)
    }
}

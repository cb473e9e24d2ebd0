import Hub
import JSON
import Storage
import Testing
import Time
import TestSupport

@Suite("Hub retention: owners not heard from are forgotten", .ownThreads)
struct RetentionTests {
    @Test func personalDataGoesAfterTheRetentionPeriodAnonymousFactsStay() throws {
        let hub = try HubFixture()
        let profile: JSONValue = .object([JSONField("name", .string("Chez Paul")), JSONField("hours", .array([])),
                                          JSONField("closures", .array([])), JSONField("services", .array([])),
                                          JSONField("accent", .string("#1f5c99"))])
        _ = try hub.send(HubFixture.body([
            HubFixture.event("consent.given", [JSONField("owner", .string("o1")), JSONField("purposes", .array([.string("publish"), .string("callback")])),
                                               JSONField("hub", .bool(true)), JSONField("passportToken", .string("tok"))]),
            HubFixture.event("page.published", [JSONField("owner", .string("o1")), JSONField("slug", .string("chez-paul")), JSONField("page", profile)]),
            HubFixture.event("advisor.requested", [JSONField("owner", .string("o1")), JSONField("request", .string("r1")),
                                                   JSONField("topic", .string("website")), JSONField("preferredTime", .string("any")),
                                                   JSONField("name", .string("Paul Canari")), JSONField("phone", .string("+33612345678"))]),
        ])).get()
        let retention = HubRetention(database: hub.database, days: 1095)
        #expect(try retention.purge().isEmpty, "recent owners stay")
        #expect(try retention.purge(now: Timestamp.now().adding(seconds: 1096 * 86_400)) == ["chez-paul"])
        #expect(try hub.count("owners") == 0 && hub.count("pages") == 0)
        let request = try hub.database.read { (connection) throws(StorageError) in try connection.query("SELECT topic, name, phone FROM advisor_requests").first }
        #expect(request?.string(0) == "website" && request?.string(1) == nil && request?.string(2) == nil)
        #expect(try hub.count("events") == 3)
    }
}

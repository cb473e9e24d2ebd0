import Foundation
import Kiosk
import Storage
import Testing
import TestSupport

/// Issue 12: a consent grows (or narrows) with the owner's PIN, without withdrawing, and a
/// published page stays online while `publish` stays.
@Suite("Consent that grows, confirmed with the PIN", .ownThreads)
struct ConsentChangeTests {
    static let bakery = #"{"name":"Boulangerie du Contrôle","trade":"boulangerie","postcode":"69002","city":"Lyon","phone":"04 78 12 34 56"}"#

    func hash(_ fixture: KioskFixture) throws -> String {
        try #require((try fixture.call("GET", "/api/v1/privacy").json as? [String: Any])?["noticeHash"] as? String)
    }

    func change(_ fixture: KioskFixture, _ session: String, _ purposes: String, pin: String = "4826") throws -> (status: Int, json: Any?, headers: [String: String]) {
        try fixture.call("PUT", "/api/v1/sessions/\(session)/consent",
                         body: #"{"purposes":\#(purposes),"hub":false,"noticeHash":"\#(try hash(fixture))","pin":"\#(pin)"}"#)
    }

    /// A session with consent to publish only, and its bakery published; returns the session.
    func publishedBakery(_ fixture: KioskFixture) throws -> String {
        let session = try fixture.startSession()
        let body = #"{"purposes":["publish"],"hub":false,"noticeHash":"\#(try hash(fixture))","pin":"4826"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/consent", body: body).status == 201)
        #expect(try fixture.call("PUT", "/api/v1/sessions/\(session)/shop", body: Self.bakery).status == 200)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/shop/publish", body: "{}").status == 200)
        return session
    }

    @Test func addingCallbackKeepsThePageOnline() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try publishedBakery(fixture)
        let added = try change(fixture, session, #"["publish","callback"]"#)
        #expect(added.status == 200)
        #expect((added.json as? [String: Any])?["purposes"] as? [String] == ["callback", "publish"])
        #expect(try fixture.fetch("/s/boulangerie-du-controle").status == 200)
        let request = #"{"name":"Élodie","phone":"0612345678","topic":"website","preferredTime":"any"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request).status == 201)
        let events = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT type FROM outbox ORDER BY rowid") }.compactMap { $0.string(0) }
        #expect(events.contains("consent.changed") && !events.contains("consent.withdrawn") && !events.contains("page.unpublished"))
    }

    @Test func theReverseOrderWorksToo() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try fixture.startSession()
        let body = #"{"purposes":["callback"],"hub":false,"noticeHash":"\#(try hash(fixture))","pin":"4826"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/consent", body: body).status == 201)
        #expect(try fixture.call("PUT", "/api/v1/sessions/\(session)/shop", body: Self.bakery).status == 403)
        #expect(try change(fixture, session, #"["callback","publish"]"#).status == 200)
        #expect(try fixture.call("PUT", "/api/v1/sessions/\(session)/shop", body: Self.bakery).status == 200)
    }

    @Test func droppingPublishTakesThePageDown() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try publishedBakery(fixture)
        #expect(try change(fixture, session, #"["callback"]"#).status == 200)
        #expect(try fixture.fetch("/s/boulangerie-du-controle").status == 404)
    }

    @Test func aWrongPINChangesNothingAndCountsTowardTheLock() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try publishedBakery(fixture)
        let wrong = try change(fixture, session, #"["callback"]"#, pin: "1111")
        #expect(wrong.status == 401)
        #expect((wrong.json as? [String: [String: Any]])?["error"]?["attemptsLeft"] as? Int == 4)
        #expect(try fixture.fetch("/s/boulangerie-du-controle").status == 200)
        let purposes = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT purposes FROM owners") }.first?.string(0)
        #expect(purposes == "publish")
        var statuses: [Int] = []
        for _ in 0..<4 { statuses.append(try change(fixture, session, #"["callback"]"#, pin: "1111").status) }
        #expect(statuses == [401, 401, 401, 423])
        let locked = try change(fixture, session, #"["publish","callback"]"#)
        #expect(locked.status == 423 && Int(locked.headers["retry-after"] ?? "") ?? 0 > 800)
    }

    @Test func aChangeNeedsConsentAPINAndTheNoticeInForce() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        #expect(try change(fixture, session, #"["publish"]"#).status == 404)
        let noPIN = try fixture.call("PUT", "/api/v1/sessions/\(session)/consent",
                                     body: #"{"purposes":["publish"],"hub":false,"noticeHash":"\#(try hash(fixture))"}"#)
        #expect(noPIN.status == 422)
        #expect(try change(fixture, session, #"["publish"]"#, pin: "12").status == 422)
    }
}

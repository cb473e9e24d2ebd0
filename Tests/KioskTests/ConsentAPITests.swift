import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Kiosk
import Storage
import Testing
import TestSupport

@Suite("Consent, resume with code + PIN, lockout, advisor requests", .ownThreads)
struct ConsentAPITests {
    func noticeHash(_ fixture: KioskFixture) throws -> String {
        try #require((try fixture.call("GET", "/api/v1/privacy").json as? [String: Any])?["noticeHash"] as? String)
    }

    func consent(_ fixture: KioskFixture, session: String, purposes: String = #"["callback"]"#, pin: String = "2468") throws -> (Int, [String: Any]?) {
        let body = #"{"purposes":\#(purposes),"hub":true,"noticeHash":"\#(try noticeHash(fixture))","pin":"\#(pin)"}"#
        let reply = try fixture.call("POST", "/api/v1/sessions/\(session)/consent", body: body)
        return (reply.status, reply.json as? [String: Any])
    }

    @Test func privacyNoticeListsThePurposesUnticked() throws {
        let fixture = try KioskFixture()
        let notice = try #require(try fixture.call("GET", "/api/v1/privacy").json as? [String: Any])
        let purposes = (notice["purposes"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(purposes == ["callback", "publish", "newsletter"])
        #expect((notice["noticeHash"] as? String)?.count == 64)
        let english = try #require(try fixture.call("GET", "/api/v1/privacy?lang=en").json as? [String: Any])
        #expect(english["noticeHash"] as? String != notice["noticeHash"] as? String)
    }

    @Test func consentThenResumeInALaterVisit() throws {
        let fixture = try KioskFixture()
        let first = try fixture.startSession()
        _ = try fixture.call("POST", "/api/v1/sessions/\(first)/diagnostic", body: #"{"answers":{}}"#)
        let (status, given) = try consent(fixture, session: first)
        #expect(status == 201)
        let code = try #require(given?["resumeCode"] as? String)
        #expect(code.count == 9)
        #expect(try consent(fixture, session: first).0 == 409)

        let later = try fixture.startSession()
        let resumed = try fixture.call("POST", "/api/v1/sessions/\(later)/resume",
                                       body: #"{"code":"\#(code.lowercased().replacingOccurrences(of: "-", with: " "))","pin":"2468"}"#)
        #expect(resumed.status == 200)
        #expect((resumed.json as? [String: Any])?["resumeCode"] as? String == code)
    }

    @Test func passportQRCodeSendsPhonesToTheHubPassport() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        #expect(try fixture.call("GET", "/api/v1/sessions/\(session)/passport/qr.svg").status == 404)
        _ = try consent(fixture, session: session)
        let passport = try #require(try fixture.call("GET", "/api/v1/sessions/\(session)/passport").json as? [String: Any])
        let path = try #require(passport["qrCode"] as? String)
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(fixture.port)\(path)")!)
        request.httpMethod = "GET"
        let (svg, response) = try HTTP.send(request)
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "image/svg+xml; charset=utf-8")
        let decoded = try QRDecode.svg(svg)
        let token = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT passport_token FROM owners") }.first?.string(0)
        #expect(decoded == "HTTP://127.0.0.1:8080/p/\(token ?? "?")")
        #expect(!decoded.contains(passport["resumeCode"] as? String ?? "-"))
    }

    @Test func wrongPINTellsTheAttemptsLeft() throws {
        let fixture = try KioskFixture()
        let code = try #require(try consent(fixture, session: try fixture.startSession()).1?["resumeCode"] as? String)
        let reply = try fixture.call("POST", "/api/v1/sessions/\(try fixture.startSession())/resume", body: #"{"code":"\#(code)","pin":"1111"}"#)
        #expect(reply.status == 401)
        #expect((reply.json as? [String: [String: Any]])?["error"]?["attemptsLeft"] as? Int == 4)
    }

    @Test func purposesCanChangeAndDroppingCallbackDeletesTheRequest() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        #expect(try consent(fixture, session: session, purposes: #"["newsletter"]"#).0 == 201)
        let hash = try noticeHash(fixture)
        let change = try fixture.call("PUT", "/api/v1/sessions/\(session)/consent",
                                      body: #"{"purposes":["callback","newsletter"],"hub":false,"noticeHash":"\#(hash)","pin":"2468"}"#)
        #expect(change.status == 200)
        #expect((change.json as? [String: Any])?["purposes"] as? [String] == ["callback", "newsletter"])
        let request = #"{"name":"Élodie","phone":"0612345678","topic":"other","preferredTime":"any"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request).status == 201)
        let passport = try #require(try fixture.call("GET", "/api/v1/sessions/\(session)/passport").json as? [String: Any])
        #expect((passport["consent"] as? [String: Any])?["hub"] as? Bool == false)
        _ = try fixture.call("PUT", "/api/v1/sessions/\(session)/consent", body: #"{"purposes":[],"hub":false,"noticeHash":"\#(hash)","pin":"2468"}"#)
        let rows = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT count(*) FROM advisor_requests") }
        #expect(rows.first?.int(0) == 0)
    }

    @Test func wrongPINsLockTheCode() throws {
        let fixture = try KioskFixture()
        let first = try fixture.startSession()
        let code = try #require(try consent(fixture, session: first).1?["resumeCode"] as? String)
        let later = try fixture.startSession()
        var statuses: [Int] = []
        for _ in 0..<6 {
            statuses.append(try fixture.call("POST", "/api/v1/sessions/\(later)/resume", body: #"{"code":"\#(code)","pin":"0000"}"#).status)
        }
        #expect(statuses == [401, 401, 401, 401, 423, 423])
        let right = try fixture.call("POST", "/api/v1/sessions/\(later)/resume", body: #"{"code":"\#(code)","pin":"2468"}"#)
        #expect(right.status == 423)
        #expect(Int(right.headers["retry-after"] ?? "") ?? 0 > 800)
        #expect(((right.json as? [String: [String: Any]])?["error"]?["retryAt"] as? String)?.hasSuffix("Z") == true)
    }

    @Test func badConsentInputIsRefused() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        #expect(try consent(fixture, session: session, pin: "12").0 == 422)
        #expect(try consent(fixture, session: session, purposes: #"["spam"]"#).0 == 422)
        let staleNotice = try fixture.call("POST", "/api/v1/sessions/\(session)/consent",
                                           body: #"{"purposes":[],"hub":false,"noticeHash":"0","pin":"1234"}"#)
        #expect(staleNotice.status == 422)
        #expect(KioskFixture.message(staleNotice.json).hasPrefix("noticeHash"))
    }

    @Test func advisorRequestNeedsCallbackConsentAndAValidPhone() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        let request = #"{"name":"Crêperie Élodie","phone":"06 12 34 56 78","topic":"website","preferredTime":"morning"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request).status == 409)
        #expect(try consent(fixture, session: session, purposes: #"["newsletter"]"#).0 == 201)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request).status == 409)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(session)/consent").status == 204)
        #expect(try consent(fixture, session: session).0 == 201)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request).status == 201)
        let badPhone = try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request",
                                        body: #"{"name":"Élodie","phone":"12345","topic":"website","preferredTime":"any"}"#)
        #expect(badPhone.status == 422)
        #expect(KioskFixture.message(badPhone.json).hasPrefix("phone"))
        let passport = try #require(try fixture.call("GET", "/api/v1/sessions/\(session)/passport").json as? [String: Any])
        #expect(passport["advisorRequested"] != nil)
    }

    @Test func withdrawingConsentForgetsTheOwner() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        let code = try #require(try consent(fixture, session: session).1?["resumeCode"] as? String)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(session)/consent").status == 204)
        let rows = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT count(*) FROM owners") }
        #expect(rows.first?.int(0) == 0)
        let later = try fixture.startSession()
        #expect(try fixture.call("POST", "/api/v1/sessions/\(later)/resume", body: #"{"code":"\#(code)","pin":"2468"}"#).status == 401)
    }

    /// Issue 13: within a moment of the withdrawal, not one byte of the name or phone is left in
    /// vitrine.sqlite or its WAL (secure_delete + a truncating checkpoint after the erasure).
    @Test func withdrawalLeavesNoPersonalByteOnDisk() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        _ = try consent(fixture, session: session)
        let request = #"{"name":"Quirinalde Effacetout","phone":"06 47 29 18 53","topic":"website","preferredTime":"morning"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request).status == 201)
        try fixture.database.checkpoint()  // the values in the main file as well as in the WAL
        _ = try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(session)/consent").status == 204)
        for file in ["vitrine.sqlite", "vitrine.sqlite-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: fixture.directory + "/" + file))) ?? Data()
            for needle in ["Quirinalde", "Effacetout", "+33647291853", "647291853"] {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(needle) still in \(file)")
            }
        }
    }

    @Test func advisorNamesLoseBidirectionalControlsAndSeparators() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        _ = try consent(fixture, session: session)
        let request = #"{"name":"  Jean\u202e \u2066Dupont\u2069\u2028","phone":"0612345678","topic":"website","preferredTime":"morning"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: request).status == 201)
        let stored = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT name FROM advisor_requests").first?.string(0) }
        #expect(stored == "Jean Dupont")
        let empty = #"{"name":"\u202e\u202e\u202e","phone":"0612345678","topic":"website","preferredTime":"morning"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/advisor-request", body: empty).status == 422)
    }
}

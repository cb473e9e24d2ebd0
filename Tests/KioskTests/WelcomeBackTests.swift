import Foundation
import Kiosk
import Testing
import TestSupport

/// Issue 12: after resuming, "welcome back" with the shop's name and what comes next.
@Suite("Resume: welcome back with the shop's name and the next step", .ownThreads)
struct WelcomeBackTests {
    @Test func theResumeAnswerNamesTheShopAndTheNextStep() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let first = try fixture.startSession()
        let hash = try #require((try fixture.call("GET", "/api/v1/privacy").json as? [String: Any])?["noticeHash"] as? String)
        let given = try fixture.call("POST", "/api/v1/sessions/\(first)/consent",
                                     body: #"{"purposes":["publish"],"hub":false,"noticeHash":"\#(hash)","pin":"4826"}"#)
        let code = try #require((given.json as? [String: Any])?["resumeCode"] as? String)
        let passport = try #require(try fixture.call("GET", "/api/v1/sessions/\(first)/passport").json as? [String: Any])
        #expect(passport["next"] as? String == "diagnostic" && passport["shop"] == nil)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(first)/diagnostic", body: #"{"answers":{"site-web":"non"}}"#).status == 201)
        #expect(try fixture.call("PUT", "/api/v1/sessions/\(first)/shop", body: ConsentChangeTests.bakery).status == 200)

        let later = try fixture.startSession()
        let resumed = try fixture.call("POST", "/api/v1/sessions/\(later)/resume", body: #"{"code":"\#(code)","pin":"4826"}"#)
        #expect(resumed.status == 200)
        let welcome = try #require(resumed.json as? [String: Any])
        let shop = try #require(welcome["shop"] as? [String: Any])
        #expect(shop["name"] as? String == "Boulangerie du Contrôle" && shop["published"] as? Bool == false)
        #expect(welcome["next"] as? String == "publish")
        #expect(try fixture.call("POST", "/api/v1/sessions/\(later)/shop/publish", body: "{}").status == 200)
        let after = try #require(try fixture.call("GET", "/api/v1/sessions/\(later)/passport").json as? [String: Any])
        #expect(after["next"] as? String == "poster" && (after["shop"] as? [String: Any])?["slug"] as? String == "boulangerie-du-controle")
    }
}

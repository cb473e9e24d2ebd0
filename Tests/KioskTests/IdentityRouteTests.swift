import Foundation
import Kiosk
import Testing
import TestSupport

/// Issue 12: the CCI's identity (content/identity.json and its logo) reaches the UI.
@Suite("CCI identity in the kiosk API", .ownThreads)
struct IdentityRouteTests {
    @Test func theKioskNamesTheCCIAndServesItsLogo() throws {
        let fixture = try KioskFixture()
        let info = try #require(try fixture.call("GET", "/api/v1/kiosk").json as? [String: Any])
        let identity = try #require(info["identity"] as? [String: String])
        #expect(identity["name"]?.isEmpty == false && identity["shortName"]?.isEmpty == false)
        #expect(identity["color"]?.count == 7 && identity["color"]?.hasPrefix("#") == true)
        let path = try #require(identity["logo"])
        let logo = try fixture.fetch(path)
        #expect(logo.status == 200)
        #expect(logo.headers["content-type"] == "image/svg+xml; charset=utf-8")
        #expect(logo.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(logo.headers["content-security-policy"]?.contains("script") == false)
        let shipped = try Data(contentsOf: URL(fileURLWithPath: KioskFixture.repositoryRoot + "/content/identity-logo.svg"))
        #expect(logo.body == shipped)
    }
}

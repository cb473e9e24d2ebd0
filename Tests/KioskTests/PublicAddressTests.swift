import Foundation
import Kiosk
import Testing
import TestSupport

/// Issue 12: no dead QR code. A loopback or missing `public_base_url` is "no public address":
/// the kiosk says so, and refuses to print posters and receipts.
@Suite("Public address: no dead QR code", .ownThreads)
struct PublicAddressTests {
    @Test(arguments: [nil, "", "http://127.0.0.1:8080", "http://localhost", "https://LOCALHOST.:8443/x", "http://127.1.2.3",
                      "http://[::1]:8080", "http://0.0.0.0:8080", "http://[::]", "http://[0:0:0:0:0:0:0:1]",
                      "http://[::ffff:127.0.0.1]", "http://kiosk.localhost", "ftp://vitrine.example.org", "https://user@127.0.0.1"])
    func loopbackOrUnsetIsNotReady(_ url: String?) {
        #expect(!PublicAddress.isReady(url))
    }

    @Test(arguments: ["https://vitrine.example.org", "http://192.168.1.20:8080", "https://[2001:db8::1]", "http://[1::]",
                      "https://127.example.org", "https://localhost.example.org", "http://10.0.0.1"])
    func aRealHostIsReady(_ url: String) {
        #expect(PublicAddress.isReady(url))
    }

    @Test func theKioskTellsTheUI() throws {
        let loopback = try KioskFixture()
        let info = try #require(try loopback.call("GET", "/api/v1/kiosk").json as? [String: Any])
        #expect((info["publicAddress"] as? [String: Bool])?["ready"] == false)
        var settings = KioskSettings()
        settings.publicBaseURL = "https://vitrine.example.org"
        let ready = try #require(try KioskFixture(settings: settings).call("GET", "/api/v1/kiosk").json as? [String: Any])
        #expect((ready["publicAddress"] as? [String: Bool])?["ready"] == true)
    }

    @Test func postersAndReceiptsAreRefusedWithAMessageForStaff() throws {
        var settings = KioskSettings()
        settings.receiptPrinter = "/dev/null"
        let fixture = try KioskFixture(settings: settings, maxBodyBytes: 16384)
        let session = try fixture.startSession()
        let hash = try #require((try fixture.call("GET", "/api/v1/privacy").json as? [String: Any])?["noticeHash"] as? String)
        _ = try fixture.call("POST", "/api/v1/sessions/\(session)/consent",
                             body: #"{"purposes":["publish"],"hub":false,"noticeHash":"\#(hash)","pin":"4826"}"#)
        _ = try fixture.call("PUT", "/api/v1/sessions/\(session)/shop", body: ConsentChangeTests.bakery)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/shop/publish", body: "{}").status == 200)
        for (path, body) in [("poster", #"{"format":"A4"}"#), ("receipt", "{}")] {
            let reply = try fixture.call("POST", "/api/v1/sessions/\(session)/shop/\(path)", body: body)
            let error = (reply.json as? [String: [String: String]])?["error"]
            #expect(reply.status == 409 && error?["code"] == "public_address_missing")
            #expect(error?["message"]?.contains("public_base_url") == true)
        }
        #expect(try fixture.fetch("/s/boulangerie-du-controle").status == 200)
    }
}

import Testing
@testable import Upstream

@Suite("Where the kiosk may report to: the host libcurl connects to")
struct UpstreamSettingsTests {
    private func accepted(_ url: String, allowHTTP: Bool = false) -> Bool {
        (try? HubAddress.check(url, allowHTTP: allowHTTP)) != nil
    }

    @Test func plainHTTPOnlyToLoopbackUnlessAllowed() {
        #expect(accepted("https://hub.cci.example"))
        #expect(accepted("http://127.0.0.1:8090"))
        #expect(accepted("http://127.8.9.10"))
        #expect(accepted("http://[::1]:8090"))
        #expect(!accepted("http://hub.cci.example"))
        #expect(accepted("http://localhost:8090"))
        #expect(accepted("HTTP://LOCALHOST:8090"))
        #expect(!accepted("http://localhost.attacker.example"))
        #expect(!accepted("http://127.attacker.example"))
        #expect(!accepted("http://127.0.0.1.attacker.example:80"))
        #expect(accepted("http://hub.cci.example", allowHTTP: true))
        #expect(!accepted("ftp://hub.cci.example", allowHTTP: true))
    }

    /// libcurl reads what precedes `@` as user information: the host is what follows.
    @Test(arguments: ["http://127.0.0.1:1@hub.attacker.invalid", "http://localhost:x@hub.attacker.invalid",
                      "http://[::1]@hub.attacker.invalid", "http://localhost@hub.attacker.invalid/x"])
    func userInformationIsNotTheHost(url: String) {
        #expect(throws: HubAddress.Problem.self) { try HubAddress.check(url, allowHTTP: false) }
        #expect(throws: HubAddress.Problem.credentials) { try HubAddress.check(url, allowHTTP: true) }
    }

    @Test func theHostIsTheOneLibcurlConnectsTo() throws {
        #expect(try HubAddress.parse("http://127.0.0.1:1@hub.attacker.invalid").host == "hub.attacker.invalid")
        #expect(try HubAddress.parse("https://Hub.CCI.example:8443/base").host == "hub.cci.example")
        #expect(throws: HubAddress.Problem.self) { try HubAddress.parse("not a url") }
        #expect(throws: HubAddress.Problem.plainHTTP(host: "hub.attacker.invalid")) {
            try HubAddress.check("http://hub.attacker.invalid", allowHTTP: false)
        }
    }
}

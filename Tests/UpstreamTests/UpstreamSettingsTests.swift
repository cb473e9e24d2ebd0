import Testing
import Upstream

@Suite("Where the kiosk may report to")
struct UpstreamSettingsTests {
    @Test func plainHTTPOnlyToLoopbackUnlessAllowed() {
        #expect(UpstreamSettings.isAcceptable(hubURL: "https://hub.cci.example", allowHTTP: false))
        #expect(UpstreamSettings.isAcceptable(hubURL: "http://127.0.0.1:8090", allowHTTP: false))
        #expect(UpstreamSettings.isAcceptable(hubURL: "http://[::1]:8090", allowHTTP: false))
        #expect(!UpstreamSettings.isAcceptable(hubURL: "http://hub.cci.example", allowHTTP: false))
        #expect(UpstreamSettings.isAcceptable(hubURL: "http://localhost:8090", allowHTTP: false))
        #expect(!UpstreamSettings.isAcceptable(hubURL: "http://localhost.attacker.example", allowHTTP: false))
        #expect(!UpstreamSettings.isAcceptable(hubURL: "http://127.attacker.example", allowHTTP: false))
        #expect(!UpstreamSettings.isAcceptable(hubURL: "http://127.0.0.1.attacker.example:80", allowHTTP: false))
        #expect(UpstreamSettings.isAcceptable(hubURL: "http://hub.cci.example", allowHTTP: true))
        #expect(!UpstreamSettings.isAcceptable(hubURL: "ftp://hub.cci.example", allowHTTP: true))
    }
}

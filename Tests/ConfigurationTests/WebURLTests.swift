import Configuration
import Testing

@Suite("public_base_url: the address QR codes send phones to")
struct WebURLTests {
    @Test(arguments: [
        ("https://vitrine.cci-paris.example/", "https://vitrine.cci-paris.example"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("HTTPS://Hub.example/vitrine//", "https://hub.example/vitrine"),
        ("http://[::1]:8090/", "http://[::1]:8090"),
    ])
    func accepted(text: String, stored: String) throws {
        let config = try ConfigLoader.load(schema: .vitrine, file: nil, environment: [:], overrides: ["public_base_url=\(text)"])
        #expect(config[Keys.publicBaseURL].description == stored)
    }

    @Test(arguments: ["ftp://hub.example", "hub.example", "https://", "https://hub.example/?a=1", "https://hub.example/#x",
                      "https://user@hub.example", "https://hub example", "javascript:alert(1)",
                      "https://hub.example:0", "https://hub.example:99999", "https://hub.example:x", "http://[::1", ""])
    func refused(text: String) {
        #expect(throws: ConfigError.self) {
            try ConfigLoader.load(schema: .vitrine, file: nil, environment: [:], overrides: ["public_base_url=\(text)"])
        }
    }

    @Test func partsAreKept() throws {
        let url = try #require(WebURL("https://Hub.CCI.example:8443/vitrine/"))
        #expect(url.scheme == "https" && url.host == "hub.cci.example" && url.port == 8443 && url.path == "/vitrine")
        #expect(url.appending("/s/demo") == "https://hub.cci.example:8443/vitrine/s/demo")
        #expect(WebURL("http://[::1]:8090")?.host == "[::1]" && WebURL("http://[::1]")?.port == nil)
    }

    @Test func theHubURLMayBeEmptyOrAURL() throws {
        #expect(try ConfigLoader.load(schema: .vitrine, file: nil, environment: [:], overrides: [])[Keys.hubURL] == nil)
        let set = try ConfigLoader.load(schema: .vitrine, file: nil, environment: [:], overrides: ["hub_url=https://hub.example/"])
        #expect(set[Keys.hubURL] == WebURL("https://hub.example"))
        #expect(throws: ConfigError.self) {
            try ConfigLoader.load(schema: .vitrine, file: nil, environment: [:], overrides: ["hub_url=hub.example"])
        }
    }
}

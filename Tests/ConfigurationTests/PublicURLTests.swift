import Configuration
import Testing

@Suite("public_base_url: the address QR codes send phones to")
struct PublicURLTests {
    @Test(arguments: [
        ("https://vitrine.cci-paris.example/", "https://vitrine.cci-paris.example"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("HTTPS://Hub.example/vitrine//", "HTTPS://Hub.example/vitrine"),
    ])
    func accepted(text: String, stored: String) throws {
        let config = try ConfigLoader.load(schema: .vitrine, file: nil, environment: [:], overrides: ["public_base_url=\(text)"])
        #expect(config.string("public_base_url") == stored)
    }

    @Test(arguments: ["ftp://hub.example", "hub.example", "https://", "https://hub.example/?a=1", "https://hub.example/#x",
                      "https://user@hub.example", "https://hub example", "javascript:alert(1)"])
    func refused(text: String) {
        #expect(throws: ConfigError.self) {
            try ConfigLoader.load(schema: .vitrine, file: nil, environment: [:], overrides: ["public_base_url=\(text)"])
        }
    }
}

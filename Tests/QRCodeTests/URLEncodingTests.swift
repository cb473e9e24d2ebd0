import QRCode
import Testing

/// The URL entry point: scheme and host upper-cased where RFC 3986 makes them case-insensitive,
/// nothing else, then the densest symbol.
@Suite("URLs to the densest symbol")
struct URLEncodingTests {
    @Test func loopbackDemoURLIsVersion2() throws {
        // Byte mode needs version 3 (29 modules); the issue measured the qrencode command at 2.
        #expect(try QRCode.matrix(forURL: "http://127.0.0.1:8080/s/demo").size == 25)
        #expect(try QRCode.matrix(forURL: "http://127.0.0.1:8080/s/demo", correction: .medium).size == 25)
    }

    @Test func posterShortAddressIsVersion2() throws {
        // Lower-case, 8-bit segments need version 3; upper-cased it is all alphanumeric.
        #expect(try QRCode.matrix(for: "https://vitrine.example.org/Q/K7A2C").size == 29)
        #expect(try QRCode.matrix(forURL: "https://vitrine.example.org/Q/K7A2C").size == 25)
    }

    @Test func shopPageURLShrinks() throws {
        #expect(try QRCode.matrix(for: Samples.shortURL).size == 29)
        #expect(try QRCode.matrix(forURL: Samples.shortURL).size == 25)
    }

    @Test func theURLMatrixIsTheUpperCasedTextsMatrix() throws {
        #expect(try QRCode.matrix(forURL: Samples.posterURL, correction: .quartile)
            == QRCode.matrix(for: "HTTPS://VITRINE.EXAMPLE.ORG/Q/K7A2C", correction: .quartile))
    }

    @Test(arguments: [
        ("http://127.0.0.1:8080/s/demo", "HTTP://127.0.0.1:8080/s/demo"),
        ("https://vitrine.example.org/q/k7a2c", "HTTPS://VITRINE.EXAMPLE.ORG/q/k7a2c"),
        ("https://User@Example.ORG/Path?q", "HTTPS://User@EXAMPLE.ORG/Path?q"),
        ("https://user:Pa@ss@Example.org:8443/A/b?X=y#Frag", "HTTPS://user:Pa@ss@EXAMPLE.ORG:8443/A/b?X=y#Frag"),
        ("HtTp://Example.org?Query=A", "HTTP://EXAMPLE.ORG?Query=A"),
        ("https://example.org#Top", "HTTPS://EXAMPLE.ORG#Top"),
        ("https://example.org", "HTTPS://EXAMPLE.ORG"),
        ("https://caf%c3%a9.example/menu", "HTTPS://CAF%C3%A9.EXAMPLE/menu"),
        ("https://café.example/Menu", "HTTPS://CAFé.EXAMPLE/Menu"),
    ])
    func schemeAndHostOnly(url: String, expected: String) {
        #expect(QRCode.uppercasingSchemeAndHost(url) == expected)
    }

    /// An IP literal's letters are hex digits, but its zone (`%25eth0`) names an interface,
    /// whose case matters; brackets are not alphanumeric anyway, so nothing is gained there.
    @Test(arguments: [
        ("http://[fe80::1%25eth0]:8080/s/demo", "HTTP://[fe80::1%25eth0]:8080/s/demo"),
        ("https://[2001:db8::a]/s/demo", "HTTPS://[2001:db8::a]/s/demo"),
        ("https://u@[::1]/x", "HTTPS://u@[::1]/x"),
    ])
    func ipv6LiteralHostsKeepTheirCase(url: String, expected: String) {
        #expect(QRCode.uppercasingSchemeAndHost(url) == expected)
    }

    @Test(arguments: [
        "mailto:Contact@Example.org", "tel:+33123456789", "ftp://Example.org/File", "geo:48.85,2.35",
        "Crêperie Élodie", "http:/example.org/path", "http://", "https:///Path", "httpx://Example.org",
        "WIFI:S:Boutique;T:WPA;P:Secret;;",
    ])
    func otherTextIsUntouched(text: String) {
        #expect(QRCode.uppercasingSchemeAndHost(text) == text)
    }
}

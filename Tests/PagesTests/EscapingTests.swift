import Pages
import Testing

@Suite struct EscapingTests {
    @Test func textEscapesMarkup() {
        #expect(HTMLEscaping.text("<b>&\"'") == "&lt;b&gt;&amp;\"'")
    }

    @Test func attributeEscapesQuotes() {
        #expect(HTMLEscaping.attribute("a\"b'c<d>&") == "a&quot;b&#39;c&lt;d&gt;&amp;")
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>", "//evil.example/x",
                      "vbscript:x", " javascript:x", "https://ok.fr/\u{0}x"])
    func dangerousLinksAreRefused(_ url: String) {
        #expect(HTMLEscaping.href(url) == nil)
    }

    @Test(arguments: ["https://x.fr/\"><script>", "tel:+33612345678", "mailto:a@b.fr", "/s/demo.vcf"])
    func allowedLinksAreEscaped(_ url: String) throws {
        let href = try #require(HTMLEscaping.href(url))
        #expect(!href.contains("\"") && !href.contains("<"))
    }
}

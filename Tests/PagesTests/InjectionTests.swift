import Foundation
import JSON
import Onboarding
import Pages
import Testing

@Suite("Every owner-typed value stays in its context: HTML text, attribute, link, JSON-LD, vCard")
struct InjectionTests {
    static let payloads = [
        "</script><script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
        "</style><style>*{display:none}</style>", "{{7*7}} ${7*7}", "'; DROP TABLE shops;--", "a\u{2028}b\u{2029}c",
        "<!-- x --> ]]> <![CDATA[", "&lt;script&gt; &amp;", "\\\"\\u003c",
        "</sc!rrt(1]<\u{16}\0\0\0\0\0\0\0<img sr/>c=x ",  // found by the escaping fuzz target
    ]

    @Test(arguments: payloads)
    func thePageKeepsTheSameStructure(_ payload: String) throws {
        let benign = HTMLSkeleton.of(PageFixtures.render(PageFixtures.shop("Boulangerie")).html)
        let hostile = PageFixtures.render(PageFixtures.shop(payload, link: "https://x.fr/\"><script>")).html
        #expect(HTMLSkeleton.of(hostile) == benign)
        #expect(!hostile.contains("<img") && !hostile.contains("<script>"))
    }

    @Test(arguments: payloads)
    func structuredDataParsesBackToThePayload(_ payload: String) throws {
        let html = PageFixtures.render(PageFixtures.shop(payload)).html
        let blocks = HTMLSkeleton.structuredData(html)
        try #require(blocks.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(blocks[0].utf8)) as? [String: Any])
        #expect(object["name"] as? String == payload)
        #expect(object["@type"] as? String == "Bakery")
        let address = try #require(object["address"] as? [String: Any])
        #expect(address["streetAddress"] as? String == payload && address["postalCode"] as? String == "69002")
        #expect((object["openingHoursSpecification"] as? [Any])?.count == 2)
    }

    @Test(arguments: payloads + ["a\nEND:VCARD\nBEGIN:VCARD\nFN:evil", "x;y,z\\w"])
    func theVCardKeepsItsProperties(_ payload: String) {
        let card = VCard.render(PageFixtures.shop(payload), trade: nil, links: .published(slug: "x", publicBaseURL: "https://h.example"))
        let lines = card.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let properties = lines.map { String($0.prefix { $0 != ":" && $0 != ";" }) }
        #expect(properties == ["BEGIN", "VERSION", "KIND", "FN", "ORG", "TEL", "EMAIL", "ADR", "URL", "URL", "NOTE", "END"])
        let address = lines.first { $0.hasPrefix("ADR") } ?? ""
        #expect(unescapedSemicolons(address) == 7, "ADR has its 7 components, whatever the payload")
        #expect(card.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func dangerousLinksAreNotWrittenAtAll() {
        var profile = PageFixtures.shop("X")
        profile.website = "javascript:alert(1)"
        profile.googleReview = "data:text/html,x"
        let html = PageFixtures.render(profile).html
        #expect(!html.contains("javascript:") && !html.contains("data:text"))
    }

    /// Semicolons that separate components (not escaped with a backslash).
    func unescapedSemicolons(_ line: String) -> Int {
        var count = 0, escaped = false
        for character in line {
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == ";" { count += 1 }
        }
        return count
    }
}

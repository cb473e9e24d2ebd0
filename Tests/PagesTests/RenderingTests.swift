import Foundation
import Onboarding
import Pages
import Testing
import Tokens

@Suite("Public page, posters and directory as rendered")
struct RenderingTests {
    @Test func aTypicalPageIsSmallAndComplete() {
        let page = PageFixtures.render(PageFixtures.shop("Boulangerie Au Pain d’Élodie"))
        #expect(page.html.utf8.count < 15 * 1024)
        for part in ["<html lang=\"fr\">", "<link rel=\"canonical\" href=\"https://hub.example/s/x\">", "property=\"og:title\"",
                     "href=\"tel:+33478123456\"", "openstreetmap.org/search?query=", "href=\"/s/x.vcf\"",
                     "<strong>Ouvert</strong> · ferme à 19\u{A0}h", "<tr class=\"today\"><th scope=\"row\">mardi"] {
            #expect(page.html.contains(part), "missing \(part)")
        }
        #expect(!page.html.contains("noindex"))
    }

    @Test func theLargestPageStaysUnder15KB() {
        var profile = PageFixtures.shop(String(repeating: "é", count: 80))
        profile.description = String(repeating: "Pain & brioche ", count: 40)
        profile.services = Array(repeating: String(repeating: "x", count: 60), count: 8)
        profile.hours = (1...7).flatMap { [OpeningInterval(day: $0, opens: 420, closes: 720), OpeningInterval(day: $0, opens: 840, closes: 1200)] }
        #expect(PageFixtures.render(profile).html.utf8.count <= 15 * 1024)
    }

    /// Found by the escaping fuzz target: a description with CR LF or CR line breaks (which the
    /// page builder normalises, but a page must not depend on that) is still paragraphs.
    @Test func paragraphsSplitOnEveryKindOfLineBreak() {
        var profile = PageFixtures.shop("X")
        profile.description = "un\r\ndeux\rtrois\nquatre"
        let html = PageFixtures.render(profile).html
        #expect(html.contains("<p>un</p><p>deux</p><p>trois</p><p>quatre</p>"))
    }

    @Test func theStyleIsAllowedByItsHashOnly() throws {
        let page = PageFixtures.render(PageFixtures.shop("X"))
        let style = try #require(page.html.components(separatedBy: "<style>").last?.components(separatedBy: "</style>").first)
        let hash = Base64.encode(SHA256.hash(Array(style.utf8)))
        #expect(page.contentSecurityPolicy.contains("style-src 'sha256-\(hash)'"))
        #expect(!page.contentSecurityPolicy.contains("unsafe-inline") && page.contentSecurityPolicy.contains("default-src 'none'"))
        #expect(page.contentSecurityPolicy.hasSuffix("frame-ancestors 'none'"))
    }

    @Test func aPreviewSaysSoAndIsNotIndexed() {
        let page = PageFixtures.render(PageFixtures.shop("X"), preview: true)
        #expect(page.html.contains("class=\"preview\"") && page.html.contains("noindex"))
        #expect(page.contentSecurityPolicy.hasSuffix("frame-ancestors 'self'"))
    }

    @Test(arguments: PosterFormat.allCases)
    func postersHaveTheExactPaperSize(_ format: PosterFormat) {
        let page = PosterPage.render(title: "Chez <Paul>", subtitle: "Café", call: "Scannez-moi !", lead: "Lead", address: "h/s/x",
                                     main: "<svg/>", extra: PosterPage.Code(svg: "<svg/>", caption: "Avis"), format: format,
                                     accent: "#1f5c99", language: "fr")
        #expect(page.html.contains("@page{size:\(format.width)mm \(format.height)mm;margin:0}"))
        #expect(page.html.contains("<h1>Chez &lt;Paul&gt;</h1>"))
        #expect(page.html.components(separatedBy: "<svg/>").count == 3)
    }

    @Test func theDirectoryListsEveryShop() {
        let page = DirectoryPage.render(kioskLabel: "la rue Mercière", entries: [
            DirectoryPage.Entry(name: "A & B", detail: "Café · Lyon", path: "/s/a-b"),
            DirectoryPage.Entry(name: "Evil", detail: nil, path: "javascript:alert(1)"),
        ], posterPath: "/d/rue/poster", texts: PageFixtures.content.pageTexts, language: "fr")
        #expect(page.html.contains("Les commerces de la rue Mercière"))
        #expect(page.html.contains("<a href=\"/s/a-b\"><strong>A &amp; B</strong>Café · Lyon</a>"))
        #expect(!page.html.contains("javascript:"))
    }
}

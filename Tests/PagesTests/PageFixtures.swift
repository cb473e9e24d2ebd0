import Onboarding
import Pages
import Time

/// Shops and content for the renderers' tests, read from the repository's content folder.
enum PageFixtures {
    static let content: Content = {
        var directory = #filePath
        while !directory.hasSuffix("/Tests") { directory = String(directory[..<directory.lastIndex(of: "/")!]) }
        return try! ContentLoader.load(directory: String(directory.dropLast(6)) + "/content").french
    }()

    /// Tuesday 24 November 2026, 10:00 in Paris.
    static let tuesdayMorning = Timestamp(seconds: CivilDate(iso: "2026-11-24")!.dayNumber * 86_400 + 9 * 3600).civil(in: .paris)

    /// A shop with every field filled with `text` (or a valid variant of it for links).
    static func shop(_ text: String, link: String = "https://x.fr/") -> ShopProfile {
        ShopProfile(name: text, trade: "boulangerie", description: text + "\n" + text,
                    address: PostalAddress(street: text, postcode: "69002", city: text), phone: "+33478123456",
                    email: "a@b.fr", website: link, hours: [OpeningInterval(day: 2, opens: 540, closes: 1140)],
                    closures: [Closure(from: CivilDate(iso: "2026-12-24")!, to: CivilDate(iso: "2026-12-26")!, label: text)],
                    facebook: "https://www.facebook.com/x", instagram: "https://www.instagram.com/x/",
                    googleReview: link, services: [text, text], accent: "#1f5c99")
    }

    static func render(_ profile: ShopProfile, preview: Bool = false) -> RenderedPage {
        ShopPage.render(profile, trade: content.trades.first { $0.id == profile.trade },
                        links: .published(slug: "x", publicBaseURL: "https://hub.example"), content: content,
                        now: tuesdayMorning, preview: preview)
    }
}

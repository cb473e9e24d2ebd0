import Onboarding
import Time

/// The public page of a shop (`/s/<slug>`): server-rendered, mobile first, readable without
/// JavaScript, a few KB. Every value from the owner is escaped for where it lands; links are
/// limited to http(s), `tel:` and `mailto:`.
public enum ShopPage {
    /// `now` is the wall clock in the shop's zone (Europe/Paris), for "open now". A preview
    /// (page not yet published) says so at the top and tells robots not to index it.
    public static func render(_ profile: ShopProfile, trade: Trade?, links: ShopLinks, content: Content,
                              now: CivilDateTime, preview: Bool = false) -> RenderedPage {
        let texts = content.pageTexts
        let format = DisplayFormat(language: content.language)
        let (status, minutesValid) = OpeningStatus.at(now, hours: profile.hours, closures: profile.closures)
        let style = PageStyle.shop(accent: profile.accent)
        var page = HTMLWriter()
        head(&page, profile, trade: trade, links: links, content: content, style: style, preview: preview)
        if preview { page.element("<p class=\"preview\">", texts("preview-banner"), "</p>") }
        header(&page, profile, trade: trade, status: status, today: now.date, texts: texts, format: format)
        page.raw("<main>")
        actions(&page, profile, links: links, texts: texts)
        if let description = profile.description { paragraphs(&page, description) }
        hours(&page, profile, today: now.date, texts: texts, format: format)
        list(&page, heading: texts("heading-services"), items: profile.services)
        contact(&page, profile, texts: texts, format: format)
        page.raw("</main><footer>")
        page.text(texts("footer"))
        page.raw("</footer></body></html>\n")
        return RenderedPage(html: page.html, contentSecurityPolicy: PageSecurity.policy(style: style, frameable: preview),
                            minutesValid: minutesValid)
    }

    private static func head(_ page: inout HTMLWriter, _ profile: ShopProfile, trade: Trade?, links: ShopLinks,
                             content: Content, style: String, preview: Bool) {
        let description = content.pageTexts("page-description", ["name": profile.name])
        let title = [profile.name, trade?.label, profile.address?.city].compactMap { $0 }.joined(separator: " · ")
        page.raw("<!doctype html>\n<html lang=\"")
        page.attribute(content.language)
        page.raw("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        page.element("<title>", title, "</title>")
        meta(&page, name: "description", description)
        if preview { page.raw("<meta name=\"robots\" content=\"noindex\">") }
        meta(&page, name: "theme-color", profile.accent)
        if let url = links.page, let href = HTMLEscaping.href(url) {
            page.raw("<link rel=\"canonical\" href=\"")
            page.trusted(href)
            page.raw("\">")
            meta(&page, property: "og:url", url)
        }
        meta(&page, property: "og:type", "website")
        meta(&page, property: "og:title", profile.name)
        meta(&page, property: "og:description", profile.description ?? description)
        meta(&page, property: "og:locale", content.language == "fr" ? "fr_FR" : "en_GB")
        page.raw("<style>")
        page.trusted(style)
        page.raw("</style><script type=\"application/ld+json\">")
        page.trusted(StructuredData.localBusiness(profile, trade: trade, links: links))
        page.raw("</script></head><body>")
    }

    private static func meta(_ page: inout HTMLWriter, name: StaticString? = nil, property: StaticString? = nil, _ value: String) {
        page.raw("<meta ")
        if let name { page.raw("name=\""); page.raw(name) }
        if let property { page.raw("property=\""); page.raw(property) }
        page.raw("\" content=\"")
        page.attribute(value)
        page.raw("\">")
    }

    private static func header(_ page: inout HTMLWriter, _ profile: ShopProfile, trade: Trade?, status: OpeningStatus,
                               today: CivilDate, texts: PageTexts, format: DisplayFormat) {
        page.element("<header><h1>", profile.name, "</h1>")
        let subtitle = [trade?.label, profile.address?.city].compactMap { $0 }.joined(separator: " · ")
        if !subtitle.isEmpty { page.element("<p class=\"trade\">", subtitle, "</p>") }
        if !profile.hours.isEmpty {
            let line = OpeningText.describe(status, today: today, texts: texts, format: format)
            page.raw(line.isOpen ? "<p class=\"status\"><strong>" : "<p class=\"status closed\"><strong>")
            page.text(line.headline)
            page.raw("</strong>")
            if let detail = line.detail { page.text(" · " + detail) }
            page.raw("</p>")
        }
        page.raw("</header>")
    }

    private static func actions(_ page: inout HTMLWriter, _ profile: ShopProfile, links: ShopLinks, texts: PageTexts) {
        page.raw("<nav class=\"actions\">")
        if let phone = profile.phone { page.link("tel:" + phone, texts("call")) }
        if let address = profile.address { page.link(ShopLinks.map(address.oneLine), texts("map"), className: "alt") }
        if let email = profile.email { page.link("mailto:" + email, texts("write"), className: "alt") }
        if let website = profile.website { page.link(website, texts("website"), className: "alt", relation: "noopener") }
        if let review = profile.googleReview { page.link(review, texts("review"), className: "alt", relation: "noopener") }
        if let vcard = links.vcard { page.link(vcard, texts("contacts"), className: "alt") }
        page.raw("</nav>")
    }

    private static func paragraphs(_ page: inout HTMLWriter, _ text: String) {
        page.raw("<section>")
        for paragraph in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            page.element("<p>", String(paragraph), "</p>")
        }
        page.raw("</section>")
    }

    private static func list(_ page: inout HTMLWriter, heading: String, items: [String]) {
        guard !items.isEmpty else { return }
        page.element("<section><h2>", heading, "</h2><ul>")
        for item in items { page.element("<li>", item, "</li>") }
        page.raw("</ul></section>")
    }
}

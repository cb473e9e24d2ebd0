import Onboarding

/// The street's "coopérative numérique": every shop published from one kiosk, with a link to
/// its page, on one list a QR poster in the CCI's window points to.
public enum DirectoryPage {
    /// One shop of the list.
    public struct Entry: Sendable {
        public let name: String
        public let detail: String?
        public let path: String

        public init(name: String, detail: String?, path: String) {
            self.name = name
            self.detail = detail
            self.path = path
        }
    }

    public static func render(kioskLabel: String, entries: [Entry], posterPath: String, texts: PageTexts,
                              language: String) -> RenderedPage {
        let style = PageStyle.directoryRules
        let title = texts("directory-title", ["kiosk": kioskLabel])
        var page = HTMLWriter()
        page.raw("<!doctype html>\n<html lang=\"")
        page.attribute(language)
        page.raw("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        page.element("<title>", title, "</title><style>")
        page.trusted(style)
        page.raw("</style></head><body><header>")
        page.element("<h1>", title, "</h1>")
        page.element("<p>", texts("directory-lead"), "</p></header><main>")
        if entries.isEmpty { page.element("<p>", texts("directory-empty"), "</p>") }
        page.raw("<ul>")
        for entry in entries {
            guard let href = HTMLEscaping.href(entry.path) else { continue }
            page.raw("<li><a href=\"")
            page.trusted(href)
            page.element("\"><strong>", entry.name, "</strong>")
            if let detail = entry.detail { page.text(detail) }
            page.raw("</a></li>")
        }
        page.raw("</ul></main><footer>")
        page.link(posterPath, texts("directory-poster-call"))
        page.raw("</footer></body></html>\n")
        return RenderedPage(html: page.html, contentSecurityPolicy: PageSecurity.policy(style: style, frameable: false))
    }
}

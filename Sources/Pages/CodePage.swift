import Onboarding

/// What a phone sees when a printed code leads nowhere (an unknown code, or a shop that has
/// withdrawn its page): a short explanation and, when there is one, a link to a kiosk's
/// directory, so a scan never ends at a bare error.
public enum CodePage {
    /// `withdrawn`: the code was printed but its page is gone (410), else the code is unknown
    /// (404). `directoryPath` is the directory offered, if any.
    public static func render(withdrawn: Bool, directoryPath: String?, texts: PageTexts, language: String) -> RenderedPage {
        let style = PageStyle.directoryRules
        let title = texts(withdrawn ? "code-withdrawn-title" : "code-unknown-title")
        var page = HTMLWriter()
        page.raw("<!doctype html>\n<html lang=\"")
        page.attribute(language)
        page.raw("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        page.raw("<meta name=\"robots\" content=\"noindex\">")
        page.element("<title>", title, "</title><style>")
        page.trusted(style)
        page.raw("</style></head><body><header>")
        page.element("<h1>", title, "</h1></header><main>")
        page.element("<p>", texts(withdrawn ? "code-withdrawn" : "code-unknown"), "</p>")
        if let directoryPath {
            page.raw("<ul><li>")
            page.link(directoryPath, texts("code-directory"))
            page.raw("</li></ul>")
        }
        page.raw("</main></body></html>\n")
        return RenderedPage(html: page.html, contentSecurityPolicy: PageSecurity.policy(style: style, frameable: false))
    }
}

import Onboarding

/// The poster's HTML preview: the shop's name, a call to action in French, the page's QR code,
/// and a smaller one for the Google review link when there is one, at the paper's size (CSS
/// `@page`). What is printed is the PDF of the same poster (`PosterPDF`), never this page.
public enum PosterPage {
    /// A QR code already rendered as inline SVG, with the words that go with it.
    public struct Code: Sendable {
        public let svg: String
        public let caption: String

        public init(svg: String, caption: String) {
            self.svg = svg
            self.caption = caption
        }
    }

    /// `main` is the code of the page; `extra` the review (or social) code, if any; `codeLine`
    /// the poster's short code in words ("Code : K7 A2C"), printed under the address.
    public static func render(title: String, subtitle: String?, call: String, lead: String, address: String,
                              codeLine: String? = nil, main: String, extra: Code?, signature: (text: String, colour: String)? = nil,
                              format: PosterFormat, accent: String, language: String) -> RenderedPage {
        let style = PageStyle.poster(width: format.width, height: format.height, qr: format.qrSide, accent: accent,
                                     signature: signature?.colour)
        var page = HTMLWriter()
        page.raw("<!doctype html>\n<html lang=\"")
        page.attribute(language)
        page.raw("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        page.raw("<meta name=\"robots\" content=\"noindex\">")
        page.element("<title>", title + " – " + format.rawValue, "</title>")
        page.raw("<style>")
        page.trusted(style)
        page.raw("</style></head><body><main class=\"sheet\">")
        if let subtitle { page.element("<p class=\"trade\">", subtitle, "</p>") }
        page.element("<h1>", title, "</h1>")
        page.element("<p class=\"call\">", call, "</p>")
        page.raw("<div class=\"qr\">")
        page.trusted(main)
        page.raw("</div>")
        page.element("<p class=\"lead\">", lead, "</p>")
        page.element("<p class=\"url\">", address, "</p>")
        if let codeLine { page.element("<p class=\"code\">", codeLine, "</p>") }
        if let extra {
            page.raw("<div class=\"extra\"><div class=\"qr small\">")
            page.trusted(extra.svg)
            page.raw("</div>")
            page.element("<p>", extra.caption, "</p></div>")
        }
        if let signature { page.element("<p class=\"by\">", signature.text, "</p>") }
        page.raw("</main></body></html>\n")
        return RenderedPage(html: page.html, contentSecurityPolicy: PageSecurity.policy(style: style, frameable: true))
    }
}

/// Builds an HTML document piece by piece, keeping the markup (trusted, written here) apart
/// from values (escaped on the way in): `raw` takes only literals (markup written in the code, never a value).
public struct HTMLWriter {
    public private(set) var html = ""

    public init(capacity: Int = 8192) { html.reserveCapacity(capacity) }

    /// Markup written by this module, never a value from outside.
    public mutating func raw(_ markup: StaticString) {
        html += markup.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    /// Markup this module assembled from escaped parts (a QR code's SVG, a number).
    public mutating func trusted(_ markup: String) { html += markup }

    public mutating func text(_ value: String) { html += HTMLEscaping.text(value) }

    public mutating func attribute(_ value: String) { html += HTMLEscaping.attribute(value) }

    /// `<tag class="…">text</tag>` with escaped text.
    public mutating func element(_ open: StaticString, _ value: String, _ close: StaticString) {
        raw(open)
        text(value)
        raw(close)
    }

    /// `<a class="…" href="…">label</a>`, or nothing when `url` is not an allowed link.
    public mutating func link(_ url: String, _ label: String, className: StaticString? = nil, relation: StaticString? = nil) {
        guard let href = HTMLEscaping.href(url) else { return }
        raw("<a")
        if let className { raw(" class=\""); raw(className); raw("\"") }
        if let relation { raw(" rel=\""); raw(relation); raw("\"") }
        raw(" href=\"")
        trusted(href)
        raw("\">")
        text(label)
        raw("</a>")
    }
}

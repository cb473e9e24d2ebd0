/// The words of the public pages, posters and page-builder messages, by id, from the content's
/// `pages.json`: a CCI rewords them without touching code, and every id the code uses must be
/// there (checked at start, so a page never shows a missing text).
public struct PageTexts: Codable, Equatable, Sendable {
    private let texts: [String: String]

    /// Every id the renderers and the page builder use.
    public static let requiredIDs: [String] = [
        "open-now", "closes-at", "closed-now", "opens-at", "opens-tomorrow", "opens-on", "opens-date", "closed-for-now",
        "day-1", "day-2", "day-3", "day-4", "day-5", "day-6", "day-7", "closed-day",
        "heading-hours", "heading-services", "heading-contact", "heading-closures", "closure-range", "closure-day",
        "call", "map", "write", "website", "contacts", "review", "facebook", "instagram",
        "footer", "page-description", "poster-call", "poster-lead", "poster-review", "poster-by", "poster-code", "poster-social",
        "code-unknown-title", "code-unknown", "code-withdrawn-title", "code-withdrawn", "code-directory", "slip-title", "slip-lead",
        "directory-title", "directory-lead", "directory-empty", "directory-poster-call", "preview-banner",
        "error-required", "error-too-long", "error-too-many", "error-trade", "error-phone", "error-postcode", "error-postcode-department",
        "error-email", "error-url", "error-facebook", "error-instagram", "error-review", "error-accent",
        "error-accent-light", "error-hours", "error-hours-overlap", "error-date", "error-dates-order",
    ]

    init(_ node: ContentNode) throws(ContentError) {
        var texts: [String: String] = [:]
        for entry in try node.list(count: 1...Int.max) {
            let fields = try entry.fields(["id", "text"])
            let id = try fields.required("id").identifier()
            guard texts[id] == nil else { throw entry.refusal("duplicate id '\(id)'") }
            texts[id] = try fields.required("text").text()
        }
        for id in Self.requiredIDs where texts[id] == nil {
            throw node.refusal("text '\(id)' is missing")
        }
        self.texts = texts
    }

    /// The text `id` with `{name}` placeholders filled in.
    public func callAsFunction(_ id: String, _ values: [String: String] = [:]) -> String {
        var text = texts[id] ?? id
        for (name, value) in values { text = text.replacingPlaceholder("{" + name + "}", with: value) }
        return text
    }
}

extension String {
    /// Replaces every occurrence of `placeholder` (plain text, no pattern).
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        let needle = Array(placeholder.utf8)
        let bytes = Array(utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], index + needle.count <= bytes.count, Array(bytes[index..<(index + needle.count)]) == needle {
                result.append(contentsOf: value.utf8)
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

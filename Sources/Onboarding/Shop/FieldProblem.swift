/// Why one field of the page builder cannot be published, for the UI to show next to it.
///
/// `code` names a text of the content's `pages.json` (`error-phone`…), so the message is in the
/// visitor's language and a CCI can reword it; `limit` fills its `{max}` and `value` its
/// `{value}` (what was typed wrong, such as a postcode's département).
public struct FieldProblem: Equatable, Sendable, Encodable {
    /// The JSON path of the field in the draft: `phone`, `hours[2]`, `closures[0].to`.
    public let field: String
    public let code: String
    public let limit: Int?
    public let value: String?

    public init(_ field: String, _ code: String, limit: Int? = nil, value: String? = nil) {
        self.field = field
        self.code = code
        self.limit = limit
        self.value = value
    }

    /// What the message's placeholders are filled with.
    public var placeholders: [String: String] {
        var values: [String: String] = [:]
        if let limit { values["max"] = String(limit) }
        if let value { values["value"] = value }
        return values
    }
}

/// Why one field of the page builder cannot be published, for the UI to show next to it.
///
/// `code` names a text of the content's `pages.json` (`error-phone`…), so the message is in the
/// visitor's language and a CCI can reword it; `limit` fills its `{max}`.
public struct FieldProblem: Equatable, Sendable, Encodable {
    /// The JSON path of the field in the draft: `phone`, `hours[2]`, `closures[0].to`.
    public let field: String
    public let code: String
    public let limit: Int?

    public init(_ field: String, _ code: String, limit: Int? = nil) {
        self.field = field
        self.code = code
        self.limit = limit
    }
}

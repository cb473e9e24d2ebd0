/// Local help the CCI configures (a workshop, a partner's discount, an advisor appointment),
/// attached to recommendations so advice leads to someone who can help.
public struct Offer: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let kind: OfferKind
    public let title: String
    /// When, where, for whom, at what price: what the owner needs to decide.
    public let text: String
    /// Who runs it: the CCI, a partner bank, a training body.
    public let provider: String
    /// True for the shipped samples, so a kiosk showing one that nobody edited is easy to spot.
    public let example: Bool

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "kind", "title", "text", "provider", "example"])
        id = try fields.required("id").identifier()
        kind = try fields.required("kind").choice(OfferKind.self)
        title = try fields.required("title").text()
        text = try fields.required("text").text()
        provider = try fields.required("provider").text()
        example = try fields.optional("example")?.boolean() ?? false
    }
}

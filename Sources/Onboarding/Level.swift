/// A named band of scores ("Premiers pas" for 0–29…), so a number means something to the owner.
public struct Level: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let name: String
    /// The lowest score in this level, inclusive.
    public let from: Int
    /// The highest score in this level, inclusive.
    public let to: Int
    /// One sentence telling the owner what the level means for them.
    public let explanation: String

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "name", "from", "to", "explanation"])
        id = try fields.required("id").identifier()
        name = try fields.required("name").text()
        from = try fields.required("from").integer(in: 0...100)
        to = try fields.required("to").integer(in: 0...100)
        explanation = try fields.required("explanation").text()
        guard to >= from else { throw node.refusal(at: "to", "\(to) is below the level's start \(from)") }
    }
}

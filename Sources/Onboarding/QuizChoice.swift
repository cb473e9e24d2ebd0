/// One choice of a quiz question.
public struct QuizChoice: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let label: String
    /// Whether this is the right answer; absent in the file means false.
    public let correct: Bool

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "label", "correct"])
        id = try fields.required("id").identifier()
        label = try fields.required("label").text()
        correct = try fields.optional("correct")?.boolean() ?? false
    }
}

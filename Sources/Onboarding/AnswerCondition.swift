/// "The question `question` got one of `answers`": what shows a question (`showIf`) and what
/// triggers a recommended action (`when`), so both read the visitor's answers the same way.
public struct AnswerCondition: Codable, Equatable, Sendable {
    /// The id of a diagnostic question.
    public let question: String
    /// Ids of that question's answers.
    public let answers: [String]

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["question", "answers"])
        question = try fields.required("question").identifier()
        let answersNode = try fields.required("answers")
        answers = try answersNode.list(count: 1...5) { node throws(ContentError) in try node.identifier() }
        try requireUniqueIDs(answers, file: node.file, list: answersNode.path)
    }

    /// True when the visitor chose one of the answers (a question not answered meets nothing).
    public func isMet(by answers: [String: String]) -> Bool {
        answers[question].map(self.answers.contains) ?? false
    }
}

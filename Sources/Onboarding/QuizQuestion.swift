/// One quiz question with exactly one correct choice, so grading needs no judgement.
public struct QuizQuestion: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let text: String
    /// Two to four choices, in the order shown.
    public let choices: [QuizChoice]
    /// Why the right answer is right, shown after answering (above all after a wrong answer):
    /// the quiz is there to teach, not to catch out. Required.
    public let explanation: String

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "text", "choices", "explanation"])
        id = try fields.required("id").identifier()
        text = try fields.required("text").text()
        let choicesNode = try fields.required("choices")
        choices = try choicesNode.list(count: 2...4, QuizChoice.init)
        try requireUniqueIDs(choices.map(\.id), file: node.file, list: choicesNode.path)
        explanation = try fields.required("explanation").text()
        let correctCount = choices.count(where: \.correct)
        guard correctCount == 1 else {
            throw choicesNode.refusal("exactly one choice must be correct, found \(correctCount)")
        }
    }
}

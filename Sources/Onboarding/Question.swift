/// One diagnostic question, shown alone on its screen and answered with one touch.
public struct Question: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    /// The id of the dimension this question counts towards.
    public let dimension: String
    public let text: String
    /// An optional explanation behind a "?" for owners unsure what the question means.
    public let help: String?
    /// The points of the best answer: the question's share of its dimension's score.
    public let maxPoints: Int
    /// Two to five answers, in the order shown.
    public let answers: [AnswerOption]
    /// Ask this question only if an earlier one got one of some answers (no Google profile: no
    /// question about answering Google reviews); nil: always asked.
    public let showIf: AnswerCondition?

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "dimension", "text", "help", "maxPoints", "answers", "showIf"])
        id = try fields.required("id").identifier()
        dimension = try fields.required("dimension").identifier()
        text = try fields.required("text").text()
        help = try fields.optional("help")?.text()
        let maximum = try fields.required("maxPoints").integer(in: 1...100)
        maxPoints = maximum
        let answersNode = try fields.required("answers")
        answers = try answersNode.list(count: 2...5) { node throws(ContentError) in
            try AnswerOption(node, maximum: maximum)
        }
        try requireUniqueIDs(answers.map(\.id), file: node.file, list: answersNode.path)
        showIf = try fields.optional("showIf").map { node throws(ContentError) in try AnswerCondition(node) }
        guard answers.contains(where: { $0.points == maximum }) else {
            throw node.refusal(at: "maxPoints", "no answer is worth the maximum \(maximum) points")
        }
    }
}

/// The short quiz closing a training; passing it is what the passport records.
public struct Quiz: Codable, Equatable, Sendable {
    /// How many correct answers pass, from 1 to the number of questions.
    public let passMark: Int
    /// Three to five questions.
    public let questions: [QuizQuestion]

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["passMark", "questions"])
        let questionsNode = try fields.required("questions")
        questions = try questionsNode.list(count: 3...5, QuizQuestion.init)
        try requireUniqueIDs(questions.map(\.id), file: node.file, list: questionsNode.path)
        passMark = try fields.required("passMark").integer(in: 1...questions.count)
    }
}

/// The outcome of a training's quiz.
public struct QuizResult: Codable, Equatable, Sendable {
    /// The training's id.
    public let training: String
    /// Correctly answered questions; unanswered ones count as wrong.
    public let correct: Int
    public let total: Int
    public let passMark: Int
    /// `correct >= passMark`: what the passport records.
    public let passed: Bool
    /// Each question in quiz order: the choice made, whether it was right, the right choice and
    /// why, so a wrong answer is explained rather than only counted.
    public let answers: [GradedAnswer]
}

/// One quiz question after grading.
public struct GradedAnswer: Codable, Equatable, Sendable {
    /// The question's id.
    public let question: String
    /// The choice made; nil when the question was left unanswered.
    public let chosen: String?
    public let correct: Bool
    /// The id of the right choice.
    public let rightChoice: String
    public let explanation: String
}

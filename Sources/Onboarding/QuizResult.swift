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
}

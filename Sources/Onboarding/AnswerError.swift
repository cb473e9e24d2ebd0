/// Visitor input naming something the content does not have.
///
/// The kiosk sends ids it got from the content; an id the content does not know means a stale
/// screen or a forged request, never something to guess around. The HTTP layer answers it with a
/// 422 naming the offending key.
public enum AnswerError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A question id (diagnostic or quiz) that is not in the content.
    case unknownQuestion(String)
    /// An answer or choice id that the question does not offer.
    case unknownAnswer(question: String, answer: String)
    /// A training id that is not in the content.
    case unknownTraining(String)

    /// A sentence naming the offending id, safe to show or log (ids only, nothing personal).
    public var description: String {
        switch self {
        case .unknownQuestion(let question): "unknown question '\(question)'"
        case .unknownAnswer(let question, let answer): "question '\(question)' has no answer '\(answer)'"
        case .unknownTraining(let training): "unknown training '\(training)'"
        }
    }
}

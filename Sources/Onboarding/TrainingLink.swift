/// Enough of a training to show a "Suivre la formation" button next to an action.
public struct TrainingLink: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let title: String
    public let durationMinutes: Int

    init(_ training: Training) {
        id = training.id
        title = training.title
        durationMinutes = training.durationMinutes
    }
}

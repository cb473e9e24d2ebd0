/// A recommendation resolved for display: its training and offers looked up, ready to show.
public struct RecommendedAction: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let title: String
    public let text: String
    public let effort: String
    public let cost: Cost
    /// Where to learn how to do it, on the kiosk.
    public let training: TrainingLink
    /// Local help for it, possibly none.
    public let offers: [Offer]
}

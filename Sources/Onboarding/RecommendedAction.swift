/// A recommendation resolved for display: what its button opens, its offers looked up.
public struct RecommendedAction: Codable, Equatable, Sendable {
    /// What the action's button opens, with what the button needs to say.
    public struct Action: Codable, Equatable, Sendable {
        public let kind: Recommendation.Kind
        /// For `training`: the training's id, title and length.
        public let training: String?
        public let title: String?
        public let minutes: Int?
    }

    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let dimension: String
    public let title: String
    public let text: String
    public let effort: String
    public let cost: Cost
    public let action: Action
    /// Local help for it, possibly none.
    public let offers: [Offer]
}

/// The plan for a diagnostic: the three actions to start with, and the rest on demand.
public struct ActionPlan: Codable, Equatable, Sendable {
    /// At most `Content.priorityCount`, most useful first.
    public let priorities: [RecommendedAction]
    public let more: [RecommendedAction]
}

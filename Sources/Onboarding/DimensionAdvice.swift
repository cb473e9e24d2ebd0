/// The actions offered for one weak dimension.
public struct DimensionAdvice: Codable, Equatable, Sendable {
    /// The dimension's id.
    public let dimension: String
    public let name: String
    /// Below `Content.weakBelow`, which is why it is here.
    public let score: Int
    /// One to three actions, in content order.
    public let actions: [RecommendedAction]
}

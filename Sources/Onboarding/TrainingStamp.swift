import Time

/// A passed training on the passport, with the date it was first passed.
public struct TrainingStamp: Codable, Equatable, Sendable {
    /// The training's id.
    public let training: String
    /// The training's title, or its id if the CCI has since removed it: an achievement stays.
    public let title: String
    /// When its quiz was first passed.
    public let at: Timestamp
}

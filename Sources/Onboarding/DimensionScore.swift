/// One dimension's part of a diagnostic result, with what the result screen needs to explain it.
public struct DimensionScore: Codable, Equatable, Sendable {
    /// The dimension's id.
    public let dimension: String
    public let name: String
    /// Its share in the overall score, shown so the overall can be explained.
    public let weight: Int
    /// 0 to 100, or nil when none of its questions was answered (unknown is not zero).
    public let score: Int?
    /// The level of `score`; nil when it is nil.
    public let level: Level?
    /// Answered out of `questionCount` for this dimension.
    public let answered: Int
    public let questionCount: Int
}

/// The outcome of a diagnostic: the overall score and level, and each dimension's.
public struct DiagnosticResult: Codable, Equatable, Sendable {
    /// 0 to 100, or nil when nothing was answered.
    public let overall: Int?
    /// The level of `overall`; nil when it is nil.
    public let level: Level?
    /// Every dimension, in content order, scored or not.
    public let dimensions: [DimensionScore]
    /// Answered out of `questionCount`, so a score built on few answers can be said to be so.
    public let answered: Int
    public let questionCount: Int
}

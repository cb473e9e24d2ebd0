import Time

/// The passport's diagnostic entry: the latest result, so a retake shows progress.
public struct DiagnosticStamp: Codable, Equatable, Sendable {
    public let overall: Int
    /// The level of `overall`, in the passport's language.
    public let level: Level?
    /// When that diagnostic was finished.
    public let at: Timestamp
}

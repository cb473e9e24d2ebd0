import Time

/// One thing a shop owner achieved, as the kiosk records it; the passport is computed from these.
///
/// Facts are only ever added, never edited, so the passport can be rebuilt at any time and
/// always agrees with what was recorded.
public enum PassportFact: Codable, Equatable, Sendable {
    /// A diagnostic was finished with this overall score.
    case diagnosticCompleted(overall: Int, at: Timestamp)
    case pagePublished(at: Timestamp)
    /// A training's quiz was passed.
    case trainingPassed(training: String, at: Timestamp)
    case posterPrinted(at: Timestamp)
    case advisorRequested(at: Timestamp)
}

/// How much of a printed code may be lost (dirt, glare, a sticker's corner) before phones fail
/// to read it. Higher levels survive more damage but need a larger, denser symbol for the same
/// text, which is harder to scan from across a shop window: `.medium` is the usual compromise.
public enum ErrorCorrection: String, Sendable, CaseIterable {
    /// About 7 % of the codewords can be restored.
    case low = "L"
    /// About 15 %: the default, a sound trade-off for a poster behind glass.
    case medium = "M"
    /// About 25 %.
    case quartile = "Q"
    /// About 30 %: for codes that will be partly covered or printed very small.
    case high = "H"
}

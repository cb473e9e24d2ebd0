import ReportProtocol

/// The poster-code prefixes the hub gives kiosks, in the order it gives them: two characters of
/// `PosterCode.alphabet`, the first never `0`, so the reserved `00` (a kiosk without hub) and
/// `01` (the hub's own posters) are never given. The migration that gave existing kiosks theirs
/// follows the same order.
enum KioskPrefix {
    /// How many kiosks can have one (31 × 32).
    static let count = 31 * 32

    /// The `index`-th prefix (from 0).
    static func at(_ index: Int) -> String {
        let alphabet = PosterCode.alphabet
        return String(decoding: [alphabet[1 + index / 32], alphabet[index % 32]], as: UTF8.self)
    }

    /// The first prefix not in `taken`, nil when all are.
    static func firstFree(taken: Set<String>) -> String? {
        (0..<count).lazy.map(at).first { !taken.contains($0) }
    }
}

/// Words per minute. Below 80 espeak-ng drawls syllables apart; above 300 a visitor who is not a
/// trained screen-reader user cannot follow. The default is a little slower than espeak-ng's
/// 175, for a public terminal.
public struct SpeechRate: Sendable, Hashable {
    public static let range = 80...300
    public static let standard = SpeechRate(checked: 150)

    public let wordsPerMinute: Int

    /// Nil outside `range`.
    public init?(wordsPerMinute: Int) {
        guard Self.range.contains(wordsPerMinute) else { return nil }
        self.wordsPerMinute = wordsPerMinute
    }

    private init(checked: Int) { wordsPerMinute = checked }
}

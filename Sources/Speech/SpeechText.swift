/// Text that may be spoken: not blank, at most `maximumCharacters` characters (Unicode code
/// points, as JSON Schema counts them), control
/// characters turned into spaces (espeak-ng reads them as noise or stops on them).
public struct SpeechText: Sendable, Hashable {
    /// A screen's title, question and help together stay well under this.
    public static let maximumCharacters = 1000

    public enum Refusal: Error, Sendable, Equatable { case empty, tooLong }

    public let text: String

    public init(_ raw: String) throws(Refusal) {
        guard raw.unicodeScalars.count <= Self.maximumCharacters else { throw .tooLong }
        let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        guard cleaned.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        text = cleaned
    }
}

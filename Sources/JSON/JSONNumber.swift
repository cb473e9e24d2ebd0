/// A JSON number kept as the text it was written with.
///
/// Converting to `Double` at parse time would silently round integers beyond 2^53 (ids, money in
/// cents) and lose the difference between `1` and `1.0`; keeping the text lets the decoder read an
/// `Int64` exactly and refuse `1.5` where a whole number is expected. The text is always valid
/// JSON number syntax: every way to make one checks or produces it.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number as written, e.g. `-12`, `0.5`, `1e+20`. Two numbers are equal when written alike.
    public let text: String

    /// For the parser, which has already checked the syntax.
    init(validatedText text: String) {
        self.text = text
    }

    /// Exact, whatever the width: `UInt64.max` stays `18446744073709551615`.
    public init<Integer: BinaryInteger>(_ value: Integer) {
        text = String(value)
    }

    /// Nil for infinity and NaN, which JSON cannot write. Otherwise the shortest text that reads
    /// back as the same value (Swift's own `description`, already valid JSON for finite values).
    public init?<Floating: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Floating) {
        guard value.isFinite else { return nil }
        text = value.description
    }

    public var description: String { text }

    /// True when written without fraction or exponent, the only form read into an integer type.
    var isInteger: Bool {
        !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }
}

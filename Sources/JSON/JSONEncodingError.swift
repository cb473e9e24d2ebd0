/// Why a value could not be written as JSON: it holds something JSON has no way to say, such as
/// an infinite `Double`, or its own `encode(to:)` refused.
///
/// Rare and always a bug on the writing side, but typed so that a server can answer 500 with a
/// clear log line instead of sending invalid JSON.
public struct JSONEncodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What could not be written and where, e.g. `score: inf is not a finite number`.
    public let reason: String

    /// Public so a type that checks its own values can refuse in the same terms.
    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

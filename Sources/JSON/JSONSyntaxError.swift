/// Why some bytes are not a JSON document, and where, as a text editor would show it.
///
/// Hand-edited files and client bodies both need a place to look: "line 12, column 5" finds a
/// stray comma at once where "not valid JSON" does not.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Counting from 1; lines end at `\n`.
    public let line: Int
    /// Counting from 1, in characters (what an editor's cursor shows), not bytes.
    public let column: Int
    /// What is wrong there, e.g. `expected ',' or '}' after a field`.
    public let reason: String

    /// Public so callers and tests can compare an error with the one they expect.
    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `line 3, column 23: expected ',' or '}' after a field`.
    public var description: String { "line \(line), column \(column): \(reason)" }
}

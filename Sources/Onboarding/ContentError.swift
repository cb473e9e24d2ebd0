/// A content file the daemon refuses to start with, phrased for the CCI staff who edit it.
///
/// Content is edited by hand, without a rebuild, so a mistake must be easy to find again: every
/// refusal names the file, the place inside it (a JSON path such as `questions[4].answers[1].points`,
/// or a line and column for a syntax error) and what is wrong there.
public struct ContentError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the loader opened it, e.g. `content/fr/diagnostic.json`.
    public let file: String
    /// Where in the file: a JSON path, `line L, column C`, or empty when the whole file is at fault.
    public let path: String
    /// What is wrong, with the offending value when there is one.
    public let reason: String

    /// Public so callers that check content further can report in the same shape.
    public init(file: String, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    /// The one line printed to the operator: `file: path: reason`.
    public var description: String {
        path.isEmpty ? "\(file): \(reason)" : "\(file): \(path): \(reason)"
    }
}

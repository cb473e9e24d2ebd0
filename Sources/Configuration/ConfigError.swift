/// A configuration problem, phrased for the operator who has to fix it.
///
/// Every refusal carries where the bad input came from, as the operator would find it again
/// (`/etc/vitrine/vitrine.toml:3`, `VITRINE_PORT`, `--set port=70000`), so a daemon that will
/// not start says exactly which line, variable or flag to change.
public struct ConfigError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file and line, environment variable or flag the bad input came from.
    public let location: String
    /// What is wrong with it, naming the key and the value when there is one.
    public let reason: String

    public init(location: String, reason: String) {
        self.location = location
        self.reason = reason
    }

    /// The one line printed to the operator: `location: reason`.
    public var description: String { "\(location): \(reason)" }
}

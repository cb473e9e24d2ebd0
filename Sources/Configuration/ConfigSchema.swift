/// The set of keys a program understands. Anything outside it is refused in every layer, so a
/// misspelt key is an error at start-up rather than a setting silently ignored.
public struct ConfigSchema: Sendable {
    /// The keys in the order dumps and documentation list them.
    public let keys: [ConfigKey]
    private let byName: [String: ConfigKey]
    private let byEnvironmentName: [String: ConfigKey]

    /// A schema is written by programmers, so a mistake in it (a duplicate name, two keys with
    /// one environment variable, a default its own kind refuses) stops the program at once.
    public init(keys: [ConfigKey]) {
        self.keys = keys
        byName = Dictionary(keys.map { ($0.name, $0) }) { first, _ in
            preconditionFailure("configuration key '\(first.name)' declared twice")
        }
        byEnvironmentName = Dictionary(keys.map { ($0.environmentName, $0) }) { first, _ in
            preconditionFailure("two configuration keys map to \(first.environmentName)")
        }
        for key in keys {
            do {
                _ = try key.kind.check(key.defaultValue, key: key.name)
            } catch {
                preconditionFailure("default of configuration key '\(key.name)': \(error.reason)")
            }
        }
    }

    public func key(named name: String) -> ConfigKey? {
        byName[name]
    }

    public func key(environmentName name: String) -> ConfigKey? {
        byEnvironmentName[name]
    }
}

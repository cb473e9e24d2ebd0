/// One configuration key: everything needed to read it from each layer, check it, and explain
/// it to the operator (the summary feeds `vitrine config` and the example file).
public struct ConfigKey: Sendable {
    /// The key as written in the file and after `--set`, e.g. `max_connections`.
    public let name: String
    public let kind: ConfigKind
    /// The value when no layer sets the key; it must satisfy `kind` (checked by `ConfigSchema`).
    public let defaultValue: ConfigValue
    /// One line for the operator, units included.
    public let summary: String

    public init(name: String, kind: ConfigKind, defaultValue: ConfigValue, summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// The environment variable that overrides this key: `VITRINE_` and the name upper-cased,
    /// with `.` and `-` turned into `_` (which shells do not allow in variable names).
    public var environmentName: String {
        "VITRINE_" + String(name.uppercased().map { $0 == "." || $0 == "-" ? "_" : $0 })
    }
}

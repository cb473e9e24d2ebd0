/// The configuration after every layer: one checked value per schema key, and where it came
/// from. Values are final; the daemon reads them once at start.
public struct ResolvedConfig: Sendable {
    public let schema: ConfigSchema
    private var settings: [String: Setting]

    private struct Setting: Sendable {
        let value: ConfigValue
        let source: ConfigSource
    }

    /// Every key at its schema default.
    init(schema: ConfigSchema) {
        self.schema = schema
        settings = Dictionary(uniqueKeysWithValues: schema.keys.map {
            ($0.name, Setting(value: $0.defaultValue, source: .default))
        })
    }

    mutating func set(_ name: String, to value: ConfigValue, from source: ConfigSource) {
        settings[name] = Setting(value: value, source: source)
    }

    /// The value of a string, path, enumeration or address key.
    public func string(_ name: String) -> String {
        guard case .string(let text) = value(name) else { preconditionFailure(wrongType(name, "a string")) }
        return text
    }

    public func integer(_ name: String) -> Int {
        guard case .integer(let number) = value(name) else { preconditionFailure(wrongType(name, "an integer")) }
        return number
    }

    public func boolean(_ name: String) -> Bool {
        guard case .boolean(let flag) = value(name) else { preconditionFailure(wrongType(name, "a boolean")) }
        return flag
    }

    /// The value whatever its type, e.g. for a generic dump.
    public func value(_ name: String) -> ConfigValue {
        setting(name).value
    }

    /// Which layer set the key, for diagnostics ("port 9090 from VITRINE_PORT").
    public func source(of name: String) -> ConfigSource {
        setting(name).source
    }

    /// One `key = value  # from …` line per key in schema order, so each line says which layer
    /// to change; for top-level keys (all of vitrine's) a line can be pasted into the file.
    public func describe() -> String {
        schema.keys.map { key in
            let setting = setting(key.name)
            return "\(key.name) = \(setting.value.tomlText)  # from \(setting.source)"
        }.joined(separator: "\n")
    }

    /// Asking for an undeclared key is a bug in the program, not bad input.
    private func setting(_ name: String) -> Setting {
        guard let setting = settings[name] else { preconditionFailure("undeclared configuration key '\(name)'") }
        return setting
    }

    private func wrongType(_ name: String, _ type: String) -> String {
        "configuration key '\(name)' is \(value(name).typeDescription), not \(type)"
    }
}

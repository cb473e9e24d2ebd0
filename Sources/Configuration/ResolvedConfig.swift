/// The configuration after every layer: one checked value per schema key, and where it came
/// from. Values are final; the daemon reads them once at start.
public struct ResolvedConfig: Sendable {
    public let schema: ConfigSchema
    private var settings: [String: Entry]

    private struct Entry: Sendable {
        let value: ConfigValue
        let source: ConfigSource
    }

    /// Every key at its schema default.
    init(schema: ConfigSchema) {
        self.schema = schema
        settings = Dictionary(uniqueKeysWithValues: schema.keys.map {
            ($0.name, Entry(value: $0.defaultValue, source: .default))
        })
    }

    mutating func set(_ name: String, to value: ConfigValue, from source: ConfigSource) {
        settings[name] = Entry(value: value, source: source)
    }

    /// The value of `setting`, typed. Every `Setting` of `Keys` is in the schema and the loader
    /// checked its value against its kind; a setting of another schema reads as its default.
    public subscript<Value>(_ setting: Setting<Value>) -> Value {
        settings[setting.key.name].flatMap { setting.read($0.value) } ?? setting.fallback
    }

    /// Which layer set `setting`.
    public func source<Value>(of setting: Setting<Value>) -> ConfigSource {
        settings[setting.key.name]?.source ?? .default
    }

    /// The value of the key named `name` whatever its type, for what goes through every key of
    /// the schema (a dump, a reload's comparison); nil for a name outside the schema.
    public func value(_ name: String) -> ConfigValue? {
        settings[name]?.value
    }

    /// One `key = value  # from …` line per key in schema order, so each line says which layer
    /// to change; for top-level keys (all of vitrine's) a line can be pasted into the file.
    public func describe() -> String {
        schema.keys.compactMap { key in
            settings[key.name].map { "\(key.name) = \($0.value.tomlText)  # from \($0.source)" }
        }.joined(separator: "\n")
    }
}

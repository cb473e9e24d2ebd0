/// Resolves a configuration from its layers, lowest first: schema default < base defaults <
/// file < `VITRINE_*` environment < command-line overrides.
///
/// That order lets a packaged unit file, a site's file and a one-off `--set` each win over the
/// more general layer below, and every refusal names the layer's own location so the operator
/// knows which of them to fix.
public enum ConfigLoader {
    /// - Parameters:
    ///   - file: the configuration file's path (for messages) and text, if there is one.
    ///   - environment: the process environment; only `VITRINE_*` names are read, and an unknown
    ///     one is refused (a typo in a unit file must not go unnoticed).
    ///   - overrides: `key=value` strings, from repeated `--set` and from dedicated flags.
    ///   - baseDefaults: defaults the caller derives from its surroundings, as text.
    ///   - ignoredEnvironment: `VITRINE_*` names that are not keys, e.g. `VITRINE_CONFIG`.
    public static func load(
        schema: ConfigSchema,
        file: (path: String, text: String)?,
        environment: [String: String],
        overrides: [String],
        baseDefaults: [String: String] = [:],
        ignoredEnvironment: Set<String> = []
    ) throws(ConfigError) -> ResolvedConfig {
        var config = ResolvedConfig(schema: schema)
        for (name, text) in baseDefaults.sorted(by: { $0.key < $1.key }) {
            try applyText(text, to: name, location: "base default \(name)=\(text)", source: .base, in: &config)
        }
        if let file {
            try applyFile(path: file.path, text: file.text, in: &config)
        }
        try applyEnvironment(environment, ignoring: ignoredEnvironment, in: &config)
        for override in overrides {
            try applyOverride(override, in: &config)
        }
        return config
    }

    private static func applyFile(path: String, text: String, in config: inout ResolvedConfig) throws(ConfigError) {
        for entry in try TOML.parse(text, source: path) {
            let location = "\(path):\(entry.line)"
            let key = try known(entry.key, in: config.schema, location: location)
            do {
                let value = try key.kind.check(entry.value, key: key.name)
                config.set(key.name, to: value, from: .file(path: path, line: entry.line))
            } catch {
                throw error.at(location)
            }
        }
    }

    private static func applyEnvironment(_ environment: [String: String], ignoring ignored: Set<String>,
                                         in config: inout ResolvedConfig) throws(ConfigError) {
        let variables = environment.filter { $0.key.hasPrefix("VITRINE_") && !ignored.contains($0.key) }
        for (name, text) in variables.sorted(by: { $0.key < $1.key }) {
            guard let key = config.schema.key(environmentName: name) else {
                let guess = String(name.dropFirst("VITRINE_".count)).lowercased()
                throw ConfigError(location: name, reason: unknownKey(guess, config.schema.suggestion(forEnvironmentName: name)))
            }
            try applyText(text, to: key.name, location: name, source: .environment(name: name), in: &config)
        }
    }

    private static func applyOverride(_ override: String, in config: inout ResolvedConfig) throws(ConfigError) {
        let location = "--set \(override)"
        guard let equals = override.firstIndex(of: "="), equals != override.startIndex else {
            throw ConfigError(location: location, reason: "expected key=value")
        }
        let name = String(override[..<equals])
        let text = String(override[override.index(after: equals)...])
        try applyText(text, to: name, location: location, source: .flag, in: &config)
    }

    private static func applyText(_ text: String, to name: String, location: String, source: ConfigSource,
                                  in config: inout ResolvedConfig) throws(ConfigError) {
        let key = try known(name, in: config.schema, location: location)
        do {
            config.set(key.name, to: try key.kind.parse(text, key: key.name), from: source)
        } catch {
            throw error.at(location)
        }
    }

    private static func known(_ name: String, in schema: ConfigSchema, location: String) throws(ConfigError) -> ConfigKey {
        guard let key = schema.key(named: name) else {
            throw ConfigError(location: location, reason: unknownKey(name, schema.suggestion(for: name)))
        }
        return key
    }

    private static func unknownKey(_ name: String, _ suggestion: String?) -> String {
        "unknown key '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    }
}

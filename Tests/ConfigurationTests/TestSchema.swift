import Configuration

/// A schema with one key of every kind, so loader tests do not depend on the vitrine key list.
let testSchema = ConfigSchema(keys: [
    ConfigKey(name: "name", kind: .string, defaultValue: "kiosk", summary: "Any text."),
    ConfigKey(name: "data-dir", kind: .path, defaultValue: "./var", summary: "A path."),
    ConfigKey(name: "port", kind: .integer(1...65535), defaultValue: 8080, summary: "A port."),
    ConfigKey(name: "verbose", kind: .boolean, defaultValue: false, summary: "A switch."),
    ConfigKey(name: "level", kind: .enumeration(["low", "high"]), defaultValue: "low", summary: "A choice."),
    ConfigKey(name: "address", kind: .address, defaultValue: "127.0.0.1", summary: "An address."),
    ConfigKey(name: "net.mtu", kind: .integer(576...9000), defaultValue: 1500, summary: "A key in a table."),
])

/// Loads `testSchema` from the given layers.
func load(
    file: String? = nil,
    environment: [String: String] = [:],
    overrides: [String] = [],
    base: [String: String] = [:],
    ignoredEnvironment: Set<String> = [],
    schema: ConfigSchema = testSchema
) throws(ConfigError) -> ResolvedConfig {
    try ConfigLoader.load(schema: schema, file: file.map { (path: "/etc/v.toml", text: $0) },
                          environment: environment, overrides: overrides, baseDefaults: base,
                          ignoredEnvironment: ignoredEnvironment)
}

/// The message of the error loading the layers throws, or nil when they load.
func loadError(
    file: String? = nil,
    environment: [String: String] = [:],
    overrides: [String] = [],
    base: [String: String] = [:],
    ignoredEnvironment: Set<String> = [],
    schema: ConfigSchema = testSchema
) -> String? {
    do {
        _ = try load(file: file, environment: environment, overrides: overrides, base: base,
                     ignoredEnvironment: ignoredEnvironment, schema: schema)
        return nil
    } catch {
        return error.description
    }
}

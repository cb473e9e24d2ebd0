import Configuration

/// One key of every kind, so loader tests do not depend on the vitrine key list.
enum TestKeys {
    static let name = Setting.text("name", .string, default: "kiosk", "Any text.")
    static let dataDirectory = Setting.text("data-dir", .path, default: "./var", "A path.")
    static let port = Setting.integer("port", 1...65535, default: 8080, "A port.")
    static let verbose = Setting.boolean("verbose", default: false, "A switch.")
    static let level = Setting.text("level", .enumeration(["low", "high"]), default: "low", "A choice.")
    static let address = Setting.text("address", .address, default: "127.0.0.1", "An address.")
    static let mtu = Setting.integer("net.mtu", 576...9000, default: 1500, "A key in a table.")
}

let testSchema = ConfigSchema(keys: [TestKeys.name.key, TestKeys.dataDirectory.key, TestKeys.port.key, TestKeys.verbose.key,
                                     TestKeys.level.key, TestKeys.address.key, TestKeys.mtu.key])

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

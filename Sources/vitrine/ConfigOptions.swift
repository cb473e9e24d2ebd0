import ArgumentParser
import Configuration
import Glibc

/// The options every command shares to find its configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: $VITRINE_CONFIG, else /etc/vitrine/vitrine.toml if present).")
    var config: String?

    @Option(name: .long, help: "Where the database lives (key state_directory).")
    var stateDirectory: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Set any configuration key.", valueName: "KEY=VALUE"))
    var settings: [String] = []

    /// Flags that name a key directly, as `key=value` overrides (the highest layer).
    func overrides(_ extra: [(String, String?)] = []) -> [String] {
        let named = ([("state_directory", stateDirectory)] + extra).compactMap { key, value in value.map { "\(key)=\($0)" } }
        return named + settings
    }

    /// Reads the file (if any) and resolves every layer; a bad value names its key and source.
    func resolve(_ extra: [(String, String?)] = []) throws(CLIError) -> ResolvedConfig {
        let environment = ProcessEnvironment.current()
        let file = try configFile(environment)
        var base: [String: String] = [:]
        if let systemd = environment["STATE_DIRECTORY"], !systemd.isEmpty {
            base["state_directory"] = String(systemd.split(separator: ":").first ?? "")
        }
        do {
            return try ConfigLoader.load(schema: .vitrine, file: file, environment: environment,
                                         overrides: overrides(extra), baseDefaults: base,
                                         ignoredEnvironment: ["VITRINE_CONFIG"])
        } catch {
            throw CLIError(error.description, exitCode: .configuration)
        }
    }

    private func configFile(_ environment: [String: String]) throws(CLIError) -> (path: String, text: String)? {
        let explicit = config ?? environment["VITRINE_CONFIG"]
        let path = explicit ?? "/etc/vitrine/vitrine.toml"
        if explicit == nil && access(path, F_OK) != 0 { return nil }
        guard let bytes = TextFile.read(path) else {
            throw CLIError("cannot read configuration file \(path): \(String(cString: strerror(errno)))", exitCode: .configuration)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError("configuration file \(path) is not UTF-8 text", exitCode: .configuration)
        }
        return (path, text)
    }
}

import Configuration
import Glibc
import LocalFiles

/// Turns a command's options into the configuration it runs with.
enum ConfigOptions {
    /// Options that name a key directly become `key=value` overrides (the highest layer), in
    /// the order given; `--set` ones follow.
    static func overrides(_ arguments: ParsedArguments, _ command: CommandSpec) -> [String] {
        let named = command.options.compactMap { option in
            option.configKey.flatMap { key in arguments.value(option.name).map { "\(key)=\($0)" } }
        }
        return named + arguments.values("set")
    }

    /// Reads the file (if any) and resolves every layer; a bad value names its key and source.
    static func resolve(_ arguments: ParsedArguments, _ command: CommandSpec) throws(CLIError) -> ResolvedConfig {
        let environment = ProcessEnvironment.current()
        let file = try configFile(arguments.value("config"), environment)
        var base: [String: String] = [:]
        if let systemd = environment["STATE_DIRECTORY"], !systemd.isEmpty {
            base[Keys.stateDirectory.key.name] = String(systemd.split(separator: ":").first ?? "")
        }
        do {
            return try ConfigLoader.load(schema: .vitrine, file: file, environment: environment,
                                         overrides: overrides(arguments, command), baseDefaults: base,
                                         ignoredEnvironment: ["VITRINE_CONFIG"])
        } catch {
            throw CLIError(error.description, exitCode: .configuration)
        }
    }

    private static func configFile(_ option: String?, _ environment: [String: String]) throws(CLIError) -> (path: String, text: String)? {
        let explicit = option ?? environment["VITRINE_CONFIG"]
        let path = explicit ?? "/etc/vitrine/vitrine.toml"
        if explicit == nil && access(path, F_OK) != 0 { return nil }
        guard let bytes = LocalFile.read(path, limit: 1 << 20) else {
            throw CLIError("cannot read configuration file \(path): \(String(cString: strerror(errno)))", exitCode: .configuration)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError("configuration file \(path) is not UTF-8 text", exitCode: .configuration)
        }
        return (path, text)
    }
}

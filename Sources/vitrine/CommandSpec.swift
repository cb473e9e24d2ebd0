/// One `--name value` option of a command. Options that name a configuration key are turned
/// into `key=value` overrides, the highest configuration layer.
struct OptionSpec: Sendable {
    let name: String
    let valueName: String
    let help: String
    var repeatable = false
    var configKey: String?
    /// A switch such as `--json`: present or not, no value.
    var isFlag = false

    /// `--json`: print machine-readable JSON instead of text.
    static let json = OptionSpec(name: "json", valueName: "", help: "Print JSON instead of text.", isFlag: true)
}

/// A command of the `vitrine` tool: its help, what it accepts, and what it does.
///
/// Our own small parser rather than swift-argument-parser: 1.8.2 links FoundationEssentials,
/// and a bare program using it idles at 10 MB RSS on this box (plain Swift: 5.4 MB), which
/// alone breaks the daemon's 12 MB budget (README, "Dependencies and why").
struct CommandSpec: Sendable {
    let name: String
    let abstract: String
    var discussion: String?
    var options: [OptionSpec] = []
    var positionals: [(name: String, help: String)] = []
    var subcommands: [CommandSpec] = []
    var run: (@Sendable (ParsedArguments, CommandSpec) throws(CLIError) -> Void)?
}

/// What the parser found for one command.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func flag(_ name: String) -> Bool { values[name] != nil }
    func values(_ name: String) -> [String] { values[name] ?? [] }
}

/// `--help` output, generated from the command specs so it cannot drift from what is parsed.
enum HelpText {
    static func render(_ command: CommandSpec, path: [CommandSpec]) -> String {
        let name = ArgumentParsing.commandName(path)
        var lines = ["OVERVIEW: \(command.abstract)", "", "USAGE: \(usage(command, name))"]
        if !command.positionals.isEmpty {
            lines += ["", "ARGUMENTS:"] + command.positionals.map { row("<\($0.name)>", $0.help) }
        }
        lines += ["", "OPTIONS:"] + command.options.map(optionRow)
        if path.count == 1 { lines.append(row("--version", "Show the version.")) }
        lines.append(row("-h, --help", "Show help information."))
        if !command.subcommands.isEmpty {
            lines += ["", "SUBCOMMANDS:"] + command.subcommands.map { row($0.name, $0.abstract) }
            lines += ["", "  See '\(name) <subcommand> --help' for detailed help."]
        }
        if let discussion = command.discussion { lines += ["", discussion] }
        return lines.joined(separator: "\n")
    }

    private static func usage(_ command: CommandSpec, _ name: String) -> String {
        if command.run == nil { return "\(name) <subcommand>" }
        let positionals = command.positionals.map { " <\($0.name)>" }.joined()
        return "\(name)\(command.options.isEmpty ? "" : " [options]")\(positionals)"
    }

    private static func optionRow(_ option: OptionSpec) -> String {
        let key = option.configKey.map { " (key \($0))" } ?? ""
        let repeatable = option.repeatable ? " Repeatable." : ""
        return row(option.isFlag ? "--\(option.name)" : "--\(option.name) <\(option.valueName)>", option.help + key + repeatable)
    }

    private static func row(_ left: String, _ right: String) -> String {
        let padded = left.count < 28 ? left + String(repeating: " ", count: 28 - left.count) : left + "\n" + String(repeating: " ", count: 30)
        return "  " + padded + right
    }
}

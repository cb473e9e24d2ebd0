/// Walks the command tree with the words of the command line: `--name value`, `--name=value`,
/// `--` to end options, `-h`/`--help` anywhere, `--version` at the top.
enum ArgumentParsing {
    enum Outcome {
        case run(CommandSpec, [CommandSpec], ParsedArguments)
        case help(CommandSpec, [CommandSpec])
        case version
    }

    static func parse(_ words: [String], root: CommandSpec) throws(CLIError) -> Outcome {
        var path = [root]
        var rest = words[...]
        while let word = rest.first, let sub = path.last!.subcommands.first(where: { $0.name == word }) {
            path.append(sub)
            rest = rest.dropFirst()
        }
        let command = path.last!
        if rest.contains("-h") || rest.contains("--help") { return .help(command, path) }
        if path.count == 1 && rest.first == "--version" { return .version }
        guard command.run != nil else {
            let what = rest.first.map { "unknown command '\($0)'" } ?? "a command is needed"
            throw usage("\(what) for '\(commandName(path))'", path)
        }
        return .run(command, path, try arguments(Array(rest), command, path))
    }

    private static func arguments(_ words: [String], _ command: CommandSpec, _ path: [CommandSpec]) throws(CLIError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !word.hasPrefix("--") || word == "-" {
                parsed.positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            let (name, inline) = split(word)
            guard let option = command.options.first(where: { $0.name == name }) else {
                throw usage("unknown option '--\(name)' for '\(commandName(path))'", path)
            }
            let value: String
            if option.isFlag {
                guard inline == nil else { throw usage("option '--\(name)' takes no value", path) }
                value = "true"
            } else if let inline { value = inline } else {
                guard index < words.count else { throw usage("option '--\(name)' needs a value (\(option.valueName))", path) }
                value = words[index]
                index += 1
            }
            if !option.repeatable && parsed.values[name] != nil {
                throw usage("option '--\(name)' is given twice", path)
            }
            parsed.values[name, default: []].append(value)
        }
        try checkPositionals(parsed.positionals, command, path)
        return parsed
    }

    private static func checkPositionals(_ found: [String], _ command: CommandSpec, _ path: [CommandSpec]) throws(CLIError) {
        if found.count < command.positionals.count {
            throw usage("missing \(command.positionals[found.count].name) for '\(commandName(path))'", path)
        }
        if found.count > command.positionals.count {
            throw usage("unexpected argument '\(found[command.positionals.count])' for '\(commandName(path))'", path)
        }
    }

    private static func split(_ word: String) -> (String, String?) {
        let body = word.dropFirst(2)
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    static func commandName(_ path: [CommandSpec]) -> String { path.map(\.name).joined(separator: " ") }

    private static func usage(_ message: String, _ path: [CommandSpec]) -> CLIError {
        CLIError("\(message) (see '\(commandName(path)) --help')", exitCode: .usage)
    }
}

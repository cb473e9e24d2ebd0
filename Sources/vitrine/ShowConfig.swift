import ArgumentParser
import Configuration

/// `vitrine config`: what the daemon would run with, and where each value came from.
struct ShowConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the resolved configuration: every key, its value and where it came from.",
        discussion: "Validates exactly as `serve` does, so it is also a way to check a configuration file before a restart (exit 78 if refused)."
    )

    @OptionGroup var options: ConfigOptions

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            Terminal.output(try options.resolve().describe())
        }
    }
}

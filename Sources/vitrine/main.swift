import Glibc
import Kiosk

/// Entry point: parse, run, and turn every outcome into the documented exit code.
let words = Array(CommandLine.arguments.dropFirst())
if words == [RenderSheet.command] { RenderSheet.run() }
do throws(CLIError) {
    switch try ArgumentParsing.parse(words, root: Commands.root) {
    case .version:
        Terminal.output(Version.current)
    case .help(let command, let path):
        Terminal.output(HelpText.render(command, path: path))
    case .run(let command, _, let arguments):
        try command.run?(arguments, command)
    }
    exit(0)
} catch {
    Terminal.error("vitrine: \(error.description)")
    exit(error.exitCode.rawValue)
}

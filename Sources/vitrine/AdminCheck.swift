import ArgumentParser
import Storage

/// `vitrine admin check`: is the database sound? Safe while the daemon runs (read-only).
struct AdminCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database's integrity (read-only; safe while the daemon runs).",
        discussion: "Prints 'ok' and exits 0, or prints SQLite's findings and exits 65."
    )

    @OptionGroup var options: ConfigOptions

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            let path = StateStore.path(in: try options.resolve().string("state_directory"))
            let findings: [String]
            do {
                findings = try Database.integrityCheck(path: path)
            } catch {
                throw CLIError(String(describing: error), exitCode: .data)
            }
            findings.forEach { Terminal.output($0) }
            if findings != ["ok"] { throw CLIError("\(path) failed its integrity check", exitCode: .data) }
        }
    }
}

import ArgumentParser
import Glibc
import Storage

/// `vitrine admin backup PATH`: an online, consistent copy, safe while the daemon runs.
struct AdminBackup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to PATH while the kiosk keeps running (SQLite online backup).",
        discussion: "The copy is a consistent snapshot, checked with integrity_check before it is given its name. PATH must not exist (exit 73)."
    )

    @OptionGroup var options: ConfigOptions
    @Argument(help: "Where to write the copy.") var path: String

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            let source = StateStore.path(in: try options.resolve().string("state_directory"))
            if access(path, F_OK) == 0 { throw CLIError("\(path) already exists; not overwriting it", exitCode: .cannotCreate) }
            let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
            do {
                try Database.backup(from: source, to: path) { done, total in progress.show(done, total) }
            } catch {
                progress.finish()
                throw CLIError(String(describing: error), exitCode: .io)
            }
            progress.finish()
            Terminal.output("backup written to \(path)")
        }
    }
}

/// A one-line progress bar on a terminal; silent when stderr is not one (journal, pipes).
struct ProgressLine {
    let enabled: Bool

    func show(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let text = "\r[\(bar)] \(done * 100 / total)% (\(done)/\(total) pages)"
        text.withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
    }

    func finish() {
        if enabled { "\n".withCString { _ = write(STDERR_FILENO, $0, 1) } }
    }
}

import Configuration
import Glibc
import JSON
import Kiosk
import Storage

/// `vitrine admin …`: the operator's tasks on the kiosk's database. All but `restore` are safe
/// while the daemon runs.
enum AdminCommands {
    static let group = CommandSpec(
        name: "admin",
        abstract: "Operator tasks on the kiosk's database.",
        discussion: """
            Reading commands (status, check, export) take --json. Exit codes: 0 success; 64 bad command
            line; 65 database corrupt, foreign or too new (or a backup that fails its checks); 73 backup
            destination exists; 74 input/output error; 75 the daemon is running (restore); 78 bad
            configuration.
            """,
        subcommands: [status, check, backup, restore, export, erase, purge, setAdminPIN, demo])

    static let check = CommandSpec(
        name: "check",
        abstract: "Check the database's integrity (read-only; safe while the daemon runs).",
        discussion: """
            SQLite's full integrity_check, which reads every page (a daemon's start checks the header and the schema only). \
            With --hub, the hub's database (hub.sqlite) in the state directory. Prints 'ok' and exits 0, or prints SQLite's \
            findings and exits 65. With --json: {\"ok\": …, \"findings\": […]}.
            """,
        options: Commands.configOptions + [.json, OptionSpec(name: "hub", valueName: "", help: "Check the hub's database.", isFlag: true)],
        run: { arguments, command throws(CLIError) in
            let directory = try ConfigOptions.resolve(arguments, command)[Keys.stateDirectory]
            let path = arguments.flag("hub") ? directory + "/" + HubDaemon.fileName : StateStore.path(in: directory)
            let findings: [String]
            do {
                findings = try Database.integrityCheck(path: path)
            } catch {
                throw CLIError(String(describing: error), exitCode: .data)
            }
            if arguments.flag("json") {
                JSONOutput.print(.object([JSONField("ok", .bool(findings == ["ok"])), JSONField("path", .string(path)),
                                          JSONField("findings", .array(findings.map(JSONValue.string)))]))
            } else {
                findings.forEach(Terminal.output)
            }
            if findings != ["ok"] { throw CLIError("\(path) failed its integrity check", exitCode: .data) }
        })

    static let backup = CommandSpec(
        name: "backup",
        abstract: "Copy the database to PATH while the kiosk keeps running (SQLite online backup).",
        discussion: "The copy is a consistent snapshot, checked with integrity_check before it is given its name. PATH must not exist (exit 73).",
        options: Commands.configOptions,
        positionals: [("path", "Where to write the copy.")],
        run: { arguments, command throws(CLIError) in
            let destination = arguments.positionals[0]
            let source = StateStore.path(in: try ConfigOptions.resolve(arguments, command)[Keys.stateDirectory])
            if access(destination, F_OK) == 0 {
                throw CLIError("\(destination) already exists; not overwriting it", exitCode: .cannotCreate)
            }
            let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
            defer { progress.finish() }
            do {
                try Database.backup(from: source, to: destination) { done, total in progress.show(done, total) }
            } catch {
                throw CLIError(String(describing: error), exitCode: .io)
            }
            Terminal.output("backup written to \(destination)")
        })
}

extension AdminCommands {
    static let demo = CommandSpec(
        name: "demo",
        abstract: "Create and publish the demo shop at /s/demo (its page, QR codes and posters).",
        discussion: "The shop is read from <content_directory>/demo-shop.json and checked like an owner's page; running it again replaces the demo. Safe while the daemon runs (which shows the change within a minute).",
        options: Commands.configOptions,
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            let contentDirectory = try ShippedPath.resolve(Keys.contentDirectory, in: config)
            let content = try JourneyContent.load(contentDirectory)
            let database = try StateStore.open(directory: config[Keys.stateDirectory], config: config)
            defer { database.close() }
            do {
                try DemoShop.publish(database, content: content.library, contentDirectory: contentDirectory)
            } catch {
                throw CLIError(String(describing: error), exitCode: .data)
            }
            let page = config[Keys.publicBaseURL].appending("/s/demo")
            Terminal.output("demo shop published: \(page)")
            Terminal.output("QR codes: \(page)/qr.svg  \(page)/qr.png")
            Terminal.output("posters:  \(page)/poster?format=A4  (A5, A6)")
        })
}

/// A one-line progress bar on a terminal; silent when stderr is not one (journal, pipes).
struct ProgressLine {
    let enabled: Bool

    func show(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        Terminal.error("\r[\(bar)] \(done * 100 / total)% (\(done)/\(total) pages)", newline: false)
    }

    func finish() {
        if enabled { Terminal.error("") }
    }
}

import Configuration
import Glibc
import JSON
import Kiosk
import Storage

/// `status`, `restore`, `export`, `erase`, `purge` and `set-admin-pin`.
extension AdminCommands {
    static let status = CommandSpec(
        name: "status",
        abstract: "Version, public address, database size, outbox depth, last upload, shops and disk free (read-only).",
        discussion: "Reads the database through a read-only connection: safe while the daemon runs. Warns while public_base_url is unset or loopback (QR codes would be dead).",
        options: Commands.configOptions + [.json],
        run: { arguments, command throws(CLIError) in
            let status = try AdminStatus.gather(ConfigOptions.resolve(arguments, command))
            if arguments.flag("json") { JSONOutput.print(status.json) } else { Terminal.output(status.text) }
        })

    static let restore = CommandSpec(
        name: "restore",
        abstract: "Replace the database with a backup (the daemon must be stopped).",
        discussion: """
            Refused with exit 75 while the daemon runs (stop it: systemctl stop vitrine). The backup must pass
            integrity_check and be a vitrine database of a schema this build knows (exit 65 otherwise); an
            older one is migrated. The database is replaced in one atomic rename; the replaced one is kept as
            vitrine.sqlite.pre-restore in the state directory.
            """,
        options: Commands.configOptions,
        positionals: [("path", "The backup to restore (made by 'vitrine admin backup').")],
        run: { arguments, command throws(CLIError) in
            let source = arguments.positionals[0]
            let target = try AdminRestore.run(source: source, config: ConfigOptions.resolve(arguments, command))
            Terminal.output("restored \(source) to \(target) (the previous database is kept as \(target)\(AdminRestore.keptSuffix))")
        })

    static let export = CommandSpec(
        name: "export",
        abstract: "Print a shop's data as JSON (RGPD portability): page, draft, consent, requests, progress.",
        discussion: "SHOP is the shop's slug (or its id for a page never published). Read-only; exit 65 if there is no such shop.",
        options: Commands.configOptions + [.json],
        positionals: [("shop", "The shop's slug or id.")],
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            let shop = arguments.positionals[0]
            let document: JSONValue?
            do {
                document = try Database.readOnly(path: StateStore.path(in: config[Keys.stateDirectory]),
                                                 busyTimeoutMilliseconds: config[Keys.busyTimeoutMilliseconds]) { (connection) throws(StorageError) in
                    try ShopExport.document(connection, shop: shop)
                }
            } catch {
                throw CLIError(String(describing: error), exitCode: .data)
            }
            guard let document else { throw CLIError("no shop '\(shop)'", exitCode: .data) }
            JSONOutput.print(document)
        })

    static let erase = CommandSpec(
        name: "erase",
        abstract: "Erase a shop and its owner's personal data, here and at the hub (RGPD erasure).",
        discussion: """
            Deletes the shop, its owner's consent record, resume code, PIN and advisor requests, and the
            personal fields of unsent reports, in one transaction that also queues a 'shop.erased' report so
            the hub unpublishes the page and forgets the owner. Anonymous progress stays, unlinked. Asks to
            type the slug on a terminal unless --yes; without a terminal, --yes is required.
            """,
        options: Commands.configOptions + [OptionSpec(name: "yes", valueName: "", help: "Do not ask for confirmation.", isFlag: true)],
        positionals: [("shop", "The shop's slug or id.")],
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            let shop = arguments.positionals[0]
            try confirmErasure(of: shop, confirmed: arguments.flag("yes"))
            let database = try StateStore.open(directory: config[Keys.stateDirectory], config: config)
            defer { database.close() }
            let outcome: ShopErasure.Outcome?
            do {
                outcome = try ShopErasure.erase(database, shop: shop)
            } catch {
                throw CLIError(String(describing: error), exitCode: .io)
            }
            guard let outcome else { throw CLIError("no shop '\(shop)'; nothing erased", exitCode: .data) }
            let owner = outcome.ownerErased ? ", its owner and \(outcome.advisorRequests) advisor request(s)" : ""
            Terminal.output("erased shop \(outcome.slug ?? outcome.shopID)\(owner); the hub is told with the next report")
        })

    static let purge = CommandSpec(
        name: "purge",
        abstract: "Apply the retention period (retention_days): delete old visits and inactive owners.",
        discussion: """
            Deletes visits over for more than retention_days that belong to no owner, with their anonymous
            progress, and owners with no visit in that time, with their shops, consent and advisor requests.
            Local only: the hub applies its own period. Safe while the daemon runs; run it daily from a timer.
            """,
        options: Commands.configOptions,
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            let days = config[Keys.retentionDays]
            let database = try StateStore.open(directory: config[Keys.stateDirectory], config: config)
            defer { database.close() }
            let outcome: Retention.Outcome
            do {
                outcome = try Retention.purge(database, retentionDays: days)
            } catch {
                throw CLIError(String(describing: error), exitCode: .io)
            }
            Terminal.output("purged (older than \(days) days): \(outcome.visits) visit(s), \(outcome.progress) progress record(s), \(outcome.owners) owner(s), \(outcome.shops) shop(s)")
        })

    static let setAdminPIN = CommandSpec(
        name: "set-admin-pin",
        abstract: "Set the PIN of the kiosk's staff screens (asked twice, not echoed; or one line on stdin).",
        discussion: "6 to 12 digits. Stored as a salted, iterated HMAC-SHA256 in the database's settings, never in clear.",
        options: Commands.configOptions,
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            let pin = try AdminPIN.read()
            let database = try StateStore.open(directory: config[Keys.stateDirectory], config: config)
            defer { database.close() }
            try AdminPIN.store(pin, in: database)
            Terminal.output("admin PIN set")
        })

    /// An erasure cannot be undone: a person at a terminal types the shop's name back; a script
    /// says --yes.
    private static func confirmErasure(of shop: String, confirmed: Bool) throws(CLIError) {
        if confirmed { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CLIError("erasing cannot be undone: add --yes to confirm (no terminal to ask on)", exitCode: .usage)
        }
        Terminal.error("This erases shop '\(shop)' and its owner's personal data, here and at the hub. Type '\(shop)' to confirm: ", newline: false)
        guard readLine(strippingNewline: true) == shop else { throw CLIError("not confirmed; nothing erased", exitCode: .usage) }
    }
}

import Configuration
import Glibc
import Hub
import Storage
import ReportProtocol

/// `vitrine hub`: the CCI's receiver, publisher and dashboard; `vitrine hub add-kiosk NAME`.
enum HubCommands {
    static let group = CommandSpec(
        name: "hub",
        abstract: "Run the CCI hub: signed report ingest, public pages, dashboard (database hub.sqlite in the state directory).",
        discussion: """
            Kiosks report to POST /api/v1/kiosks/<id>/reports (Standard Webhooks signatures). Register each
            kiosk first with 'vitrine hub add-kiosk NAME', then set hub_url, hub_kiosk_id and hub_secret_file
            on that kiosk. Stops cleanly on SIGTERM or SIGINT.
            """,
        options: Commands.configOptions + [
            OptionSpec(name: "address", valueName: "ip", help: "Listening address, IPv4 or IPv6.", configKey: Keys.address.key.name),
            OptionSpec(name: "port", valueName: "port", help: "Listening port.", configKey: Keys.port.key.name),
            OptionSpec(name: "log-level", valueName: "level",
                       help: "trace, debug, info, notice, warning, error or critical.", configKey: Keys.logLevel.key.name),
        ],
        subcommands: [addKiosk, HubAdminPassword.command],
        run: { arguments, command throws(CLIError) in try HubDaemon(config: ConfigOptions.resolve(arguments, command)).run() })

    static let addKiosk = CommandSpec(
        name: "add-kiosk",
        abstract: "Register a kiosk and print its id, secret and poster-code prefix (the secret is shown once: put it in the kiosk's hub_secret_file).",
        discussion: """
            NAME: 1 to 40 of a-z, 0-9 and inner '-'; it is the kiosk's id and its directory's address (/d/NAME). The prefix (two
            characters) starts every poster code the kiosk prints (<public base>/q/<CODE>): set it on the kiosk too. Exit 65 if it exists.
            """,
        options: Commands.configOptions + [.json],
        positionals: [("name", "The kiosk's name, e.g. cci-lyon-republique.")],
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            let database = try HubDaemon.openDatabase(config)
            defer { database.close() }
            let added: Kiosks.Registration
            do {
                added = try Kiosks(database: database).add(name: arguments.positionals[0])
            } catch {
                throw CLIError(String(describing: error), exitCode: .data)
            }
            if arguments.flag("json") {
                Terminal.output(#"{"id":"\#(added.id)","secret":"\#(added.secret.text)","prefix":"\#(added.prefix)"}"#)
            } else {
                Terminal.output("id: \(added.id)\nsecret: \(added.secret.text)\nprefix: \(added.prefix)")
                Terminal.output("On the kiosk: hub_kiosk_id = \"\(added.id)\", \(Self.prefixKey) = \"\(added.prefix)\", "
                                + "and the secret alone in the file named by hub_secret_file (mode 0600).")
            }
        })

    /// The kiosk's setting that holds its poster-code prefix.
    static let prefixKey = "hub_code_prefix"
}

import Configuration
import Kiosk

/// The `vitrine` command tree.
enum Commands {
    static let configOptions = [
        OptionSpec(name: "config", valueName: "file",
                   help: "Configuration file (default: $VITRINE_CONFIG, else /etc/vitrine/vitrine.toml if present)."),
        OptionSpec(name: "state-directory", valueName: "dir", help: "Where the database lives.", configKey: Keys.stateDirectory.key.name),
        OptionSpec(name: "set", valueName: "key=value", help: "Set any configuration key.", repeatable: true),
    ]

    static let root = CommandSpec(
        name: "vitrine",
        abstract: "Digital-onboarding kiosk for small shops: touch UI, shop pages, QR posters.",
        discussion: """
            Configuration: /etc/vitrine/vitrine.toml (or --config, or $VITRINE_CONFIG), then VITRINE_<KEY>
            environment variables, then flags; every key can also be set with --set KEY=VALUE.
            State lives in $STATE_DIRECTORY (systemd) or ./var. 'vitrine config' lists every key.

            Exit codes: 0 success; 1 unexpected failure; 64 bad command line; 65 database corrupt,
            foreign or too new, or a content file invalid (or a backup to restore that fails its checks);
            69 cannot listen; 73 backup destination exists; 74 input/output error; 75 the state directory
            is in use (a restore while the daemon runs, or a second daemon); 78 bad configuration.
            """,
        subcommands: [serve, config, AdminCommands.group, HubCommands.group])

    static let serve = CommandSpec(
        name: "serve",
        abstract: "Run the kiosk: the touch UI and its API over HTTP, state in SQLite.",
        discussion: """
            Stops cleanly on SIGTERM or SIGINT: new connections are refused, requests in flight finish
            (up to shutdown_grace seconds), the database is closed, exit 0.
            """,
        options: configOptions + [
            OptionSpec(name: "address", valueName: "ip", help: "Listening address, IPv4 or IPv6.", configKey: Keys.address.key.name),
            OptionSpec(name: "port", valueName: "port", help: "Listening port.", configKey: Keys.port.key.name),
            OptionSpec(name: "ui-directory", valueName: "dir", help: "Folder of the touch UI's files.", configKey: Keys.uiDirectory.key.name),
            OptionSpec(name: "log-level", valueName: "level",
                       help: "trace, debug, info, notice, warning, error or critical.", configKey: Keys.logLevel.key.name),
        ],
        run: { arguments, command throws(CLIError) in try Daemon(config: ConfigOptions.resolve(arguments, command)).run() })

    static let config = CommandSpec(
        name: "config",
        abstract: "Print the resolved configuration: every key, its value and where it came from.",
        discussion: "Validates exactly as 'serve' does: a way to check a configuration file before a restart (exit 78 if refused). Warns on standard error while public_base_url is unset or loopback (QR codes would be dead).",
        options: configOptions,
        run: { arguments, command throws(CLIError) in
            let config = try ConfigOptions.resolve(arguments, command)
            Terminal.output(config.describe())
            if !PublicAddress.isReady(config[Keys.publicBaseURL].description) { Terminal.error("warning: " + PublicAddress.staffAdvice) }
        })
}

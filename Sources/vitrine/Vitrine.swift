import ArgumentParser
import Kiosk

/// `vitrine`: the kiosk daemon, its operator commands, and (later) the CCI hub.
@main
struct Vitrine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine",
        abstract: "Digital-onboarding kiosk for small shops: touch UI, shop pages, QR posters.",
        discussion: """
            Configuration: /etc/vitrine/vitrine.toml (or --config, or $VITRINE_CONFIG), then VITRINE_* \
            environment variables, then flags; every key can also be set with --set KEY=VALUE. \
            State lives in $STATE_DIRECTORY (systemd) or ./var.

            Exit codes: 0 success; 1 unexpected failure; 64 bad command line; 65 database corrupt, foreign or too new, or a content file invalid; \
            69 cannot listen; 73 backup destination exists; 74 input/output error; \
            78 bad configuration.
            """,
        version: Version.current,
        subcommands: [Serve.self, Admin.self, ShowConfig.self]
    )
}

/// Operator tasks on the local database.
struct Admin: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Operator tasks on the kiosk's database.",
        subcommands: [AdminCheck.self, AdminBackup.self]
    )
}

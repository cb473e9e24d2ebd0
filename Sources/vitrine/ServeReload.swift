import Configuration
import Logging
import Systemd

/// `systemctl reload vitrine` (SIGHUP): the configuration is read again from the same layers
/// (file, environment, flags); the keys that can change live are applied at once, and every other
/// changed key is named in the log as needing a restart. A configuration that no longer loads is
/// reported and the running one is kept.
struct ConfigReload {
    /// Keys applied without a restart. Only the log level is: every other value is baked into
    /// the HTTP server, the database connection or the kiosk's routes when they are built, and
    /// changing them under running requests would not be safe.
    static let liveKeys: Set<String> = [Keys.logLevel.key.name]

    /// The configuration the daemon started with (what "needs a restart" compares to).
    let started: ResolvedConfig
    /// The configuration last applied (start or a later reload).
    private(set) var applied: ResolvedConfig
    let levels: LogLevelControl
    /// The unit named in "need a restart (systemctl restart <unit>)".
    let unit: String

    init(started: ResolvedConfig, levels: LogLevelControl, unit: String = "vitrine") {
        self.started = started
        self.applied = started
        self.levels = levels
        self.unit = unit
    }

    /// Reads, applies and logs; returns the keys that need a restart.
    @discardableResult
    mutating func reload(_ logger: Logger, read: () throws(CLIError) -> ResolvedConfig = ConfigReload.reread) -> [String] {
        let fresh: ResolvedConfig
        do {
            fresh = try read()
        } catch {
            logger.error("reload: the configuration was refused, keeping the running one: \(error.description)")
            return []
        }
        let live = Self.changed(applied, fresh).filter(Self.liveKeys.contains)
        for key in live { apply(key, fresh, logger) }
        let restart = Self.changed(started, fresh).filter { !Self.liveKeys.contains($0) }
        applied = fresh
        if restart.isEmpty {
            logger.notice("reload: \(live.isEmpty ? "no change to apply" : "applied " + live.joined(separator: ", "))")
        } else {
            logger.warning("reload: \(live.isEmpty ? "nothing applied live" : "applied " + live.joined(separator: ", ")); changed but need a restart (systemctl restart \(unit)): \(restart.joined(separator: ", "))")
        }
        return restart
    }

    private func apply(_ key: String, _ fresh: ResolvedConfig, _ logger: Logger) {
        if key == Keys.logLevel.key.name, let level = Logger.Level(rawValue: fresh[Keys.logLevel]) {
            levels.level = level
            logger.notice("reload: log_level is now \(level)")
        }
    }

    /// Keys whose value differs, in schema order.
    static func changed(_ old: ResolvedConfig, _ new: ResolvedConfig) -> [String] {
        old.schema.keys.map(\.name).filter { old.value($0) != new.value($0) }
    }

    /// The command line this process was started with, resolved again against today's file and
    /// environment.
    static func reread() throws(CLIError) -> ResolvedConfig {
        guard case .run(let command, _, let arguments) = try ArgumentParsing.parse(Array(CommandLine.arguments.dropFirst()), root: Commands.root) else {
            throw CLIError("the command line no longer names a command", exitCode: .usage)
        }
        return try ConfigOptions.resolve(arguments, command)
    }
}

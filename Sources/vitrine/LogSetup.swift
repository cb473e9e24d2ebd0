import Logging
import Systemd

/// Sends every logger to stderr in the journal's format, at the configured level.
enum LogSetup {
    static func bootstrap(level: String) -> Logger {
        bootstrap(control: LogLevelControl(Logger.Level(rawValue: level) ?? .info))
    }

    /// Every handler follows `control`, so a reload can change the level of the whole process.
    static func bootstrap(control: LogLevelControl) -> Logger {
        LoggingSystem.bootstrap { label in JournalLogHandler(label: label, control: control) }
        return Logger(label: "vitrine")
    }
}

import Logging
import Systemd

/// Sends every logger to stderr in the journal's format, at the configured level.
enum LogSetup {
    static func bootstrap(level: String) -> Logger {
        let parsed = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { label in JournalLogHandler(label: label, level: parsed) }
        return Logger(label: "vitrine")
    }
}

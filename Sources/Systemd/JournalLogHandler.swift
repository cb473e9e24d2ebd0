import Glibc
import Logging

/// swift-log output for systemd's journal: one line per event on stderr, prefixed with its
/// syslog priority (`<4>` for a warning), which journald turns into the entry's priority, so
/// `journalctl -p warning -u vitrine` filters. Run by hand (no `JOURNAL_STREAM`), lines are
/// prefixed with a UTC timestamp instead, for a person reading a terminal.
public struct JournalLogHandler: LogHandler {
    /// The shared level (changed live on reload) unless this handler's Logger set its own.
    public var logLevel: Logger.Level {
        get { ownLevel ?? control.level }
        set { ownLevel = newValue }
    }
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let underJournal: Bool
    private let control: LogLevelControl
    private var ownLevel: Logger.Level?

    public init(label: String, level: Logger.Level, underJournal: Bool = getenv("JOURNAL_STREAM") != nil) {
        self.init(label: label, control: LogLevelControl(level), underJournal: underJournal)
    }

    /// A handler whose level follows `control`, shared by every handler of the process.
    public init(label: String, control: LogLevelControl, underJournal: Bool = getenv("JOURNAL_STREAM") != nil) {
        self.label = label
        self.control = control
        self.underJournal = underJournal
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var line = format(level: event.level, message: event.message.description,
                          metadata: metadata.merging(event.metadata ?? [:]) { $1 })
        line.append("\n")
        line.withCString { pointer in _ = write(STDERR_FILENO, pointer, strlen(pointer)) }
    }

    /// The line for one event, without its newline (tested directly).
    public func format(level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        let prefix = underJournal ? "<\(Self.priority(level))>" : "\(Self.timestamp()) \(level) "
        let details = metadata.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
        let flat = (message + details).replacingNewlines()
        return prefix + label + ": " + flat
    }

    /// syslog(3) priorities: journald reads them from the `<n>` prefix.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    private static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension String {
    /// One event is one journal line: embedded newlines would split it into entries without
    /// a priority.
    func replacingNewlines() -> String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}

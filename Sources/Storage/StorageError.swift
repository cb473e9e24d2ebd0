import CSQLite
import Glibc

/// Everything Storage can refuse or fail at, each with the file it concerns, so an operator reading
/// one log line (or `vitrine: …`) knows which file to look at and whether it was left alone.
public enum StorageError: Error, Equatable, CustomStringConvertible {
    /// The file exists but does not start with the SQLite header; it was not opened for writing.
    case notADatabase(path: String)
    /// A SQLite database made by another program; left untouched.
    case foreign(path: String, reason: String)
    /// `integrity_check` found problems (its first lines), or SQLite reported corruption.
    case corrupt(path: String, report: [String])
    /// The schema is newer than this build knows how to use; left untouched.
    case newerVersion(path: String, found: Int, newest: Int)
    /// The migration list itself is wrong (a programming error caught before touching any file).
    case invalidMigrations(reason: String)
    /// A migration failed and was rolled back; the file stays at `version - 1`.
    case migrationFailed(path: String, version: Int, message: String)
    /// The file system refused to keep WAL mode, which crash safety relies on.
    case journalModeRefused(path: String, mode: String)
    /// SQLite said no: its extended result code and message.
    case sqlite(path: String, code: Int32, message: String)
    /// A file operation (open, fsync, rename, …) failed with `errno`.
    case fileSystem(path: String, operation: String, errno: Int32)
    /// A backup destination already exists; it is never overwritten.
    case destinationExists(path: String)
    /// The database was closed (daemon shutting down).
    case closed(path: String)
    /// A row came back that the code cannot read (a column missing, of another type, or a value
    /// it does not know): `what` says which rows, `row` its place in the result. Counted in
    /// `UnreadableRows`; never dropped without a trace.
    case unreadableRow(path: String, what: String, row: Int)
    /// A value to be written could not be encoded (a payload the JSON writer refused); the
    /// transaction is rolled back.
    case unencodable(path: String, what: String, reason: String)

    /// One line, whatever SQL or SQLite message it quotes: log lines and `vitrine: …` stay whole.
    public var description: String {
        String(text.map { $0 == "\n" ? " " : $0 })
    }

    private var text: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a SQLite database; refusing to use it (left untouched)"
        case .foreign(let path, let reason):
            "\(path) is a SQLite database of another program (\(reason)); refusing to open it (left untouched)"
        case .corrupt(let path, let report):
            "\(path) is corrupt: \(report.joined(separator: "; "))"
        case .newerVersion(let path, let found, let newest):
            "\(path) was made by a newer vitrine (schema version \(found), this build knows up to \(newest)); refusing to open it"
        case .invalidMigrations(let reason):
            "invalid migration list: \(reason)"
        case .migrationFailed(let path, let version, let message):
            "\(path): migration to schema version \(version) failed and was rolled back: \(message)"
        case .journalModeRefused(let path, let mode):
            "\(path): SQLite refused WAL journal mode (got '\(mode)'); the file system may not support it"
        case .sqlite(let path, let code, let message):
            "\(path): SQLite error \(code) (\(String(cString: sqlite3_errstr(code)))): \(message)"
        case .fileSystem(let path, let operation, let errno):
            "\(path): \(operation) failed: \(String(cString: strerror(errno)))"
        case .destinationExists(let path):
            "\(path) already exists; not overwriting it"
        case .closed(let path):
            "\(path): the database is closed"
        case .unreadableRow(let path, let what, let row):
            "\(path): row \(row) of \(what) cannot be read (a column is missing or holds an unexpected type or value)"
        case .unencodable(let path, let what, let reason):
            "\(path): the \(what) to be written cannot be encoded: \(reason)"
        }
    }
}

import CSQLite

/// What a `write` or `read` closure works with. It is only valid inside that closure (it traps if
/// kept and used later) and is not Sendable, so it cannot reach another thread: SQLite connections
/// are not shared, and every statement runs inside the closure's transaction.
public final class Connection {
    private var handle: ConnectionHandle?

    init(_ handle: ConnectionHandle) {
        self.handle = handle
    }

    /// Ends the lease when the closure returns.
    func expire() {
        handle = nil
    }

    private var live: ConnectionHandle {
        guard let handle else { preconditionFailure("a Connection was used outside the closure it was given to") }
        return handle
    }

    /// Runs one statement with `?` parameters bound in order (never interpolate values into SQL).
    /// The compiled statement is cached by its text and reused.
    public func execute(_ sql: String, _ bindings: [SQLValue] = []) throws(StorageError) {
        try live.run(sql, bindings) { _ in }
    }

    /// Runs one statement and returns its rows, detached from SQLite.
    public func query(_ sql: String, _ bindings: [SQLValue] = []) throws(StorageError) -> [Row] {
        try live.query(sql, bindings)
    }

    /// The database file, for errors that name it.
    public var databasePath: String { live.path }

    /// The rowid of the last INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(live.pointer) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(live.pointer)) }

    /// How many compiled statements are kept (for tests of statement reuse).
    var cachedStatementCount: Int { live.cachedStatementCount }
}

@available(*, unavailable)
extension Connection: Sendable {}

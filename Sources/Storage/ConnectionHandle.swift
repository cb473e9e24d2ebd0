import CSQLite

/// One `sqlite3*` with its statement cache. It is `@unchecked Sendable` so it can be parked in a
/// Mutex or the reader pool and picked up by another thread; it is never used by two threads at
/// once: the writer only under the Database's Mutex, a reader only while checked out of the pool.
/// It is opened without SQLite's own mutex for that reason.
final class ConnectionHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    let path: String
    private var statements: [String: Statement] = [:]
    private var isClosed = false

    /// Dynamic SQL must not grow the cache forever; past this many the cache starts over.
    private static let statementCacheLimit = 64

    private init(pointer: OpaquePointer, path: String) {
        self.pointer = pointer
        self.path = path
    }

    static func open(path: String, flags: Int32, busyTimeoutMilliseconds: Int) throws(StorageError) -> ConnectionHandle {
        var pointer: OpaquePointer?
        let code = sqlite3_open_v2(path, &pointer, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nil)
        guard let pointer else { throw .sqlite(path: path, code: code, message: "cannot allocate a connection") }
        let handle = ConnectionHandle(pointer: pointer, path: path)
        guard code == SQLITE_OK else {
            let error = handle.error(code)
            handle.close()
            throw error
        }
        sqlite3_extended_result_codes(pointer, 1)
        sqlite3_busy_timeout(pointer, Int32(clamping: busyTimeoutMilliseconds))
        return handle
    }

    var isInTransaction: Bool { sqlite3_get_autocommit(pointer) == 0 }

    var cachedStatementCount: Int { statements.count }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(pointer)) }

    func error(_ code: Int32) -> StorageError {
        .fromSQLite(code: code, connection: pointer, path: path)
    }

    /// Runs a script of one or more statements without caching them (pragmas, migrations).
    func exec(_ sql: String) throws(StorageError) {
        let code = sqlite3_exec(pointer, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    /// Runs one statement, handing each row to `onRow`; the statement is reset afterwards
    /// whatever happens, so it never holds a read open.
    func run(_ sql: String, _ bindings: [SQLValue], onRow: (Row) throws(StorageError) -> Void) throws(StorageError) {
        let statement = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(bindings)
        var columns: ColumnNames?
        while try statement.step() {
            let names = columns ?? statement.columnNames()
            columns = names
            try onRow(statement.row(names))
        }
    }

    func query(_ sql: String, _ bindings: [SQLValue] = []) throws(StorageError) -> [Row] {
        var rows: [Row] = []
        try run(sql, bindings) { rows.append($0) }
        return rows
    }

    /// The first column of the first row as an integer (pragmas, counts).
    func integer(_ sql: String) throws(StorageError) -> Int64 {
        guard let value = try query(sql).first?.int64(0) else {
            throw .sqlite(path: path, code: SQLITE_MISMATCH, message: "'\(sql)' gave no integer")
        }
        return value
    }

    /// Rolls back an open transaction, if any: used on the way out of a failure, where the
    /// first error is the one worth reporting, so a failing ROLLBACK is not.
    func rollbackIfNeeded() {
        if isInTransaction { try? exec("ROLLBACK") }
    }

    /// Finalizes the cached statements and closes; safe to call more than once.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        statements.values.forEach { $0.finalize() }
        statements = [:]
        sqlite3_close_v2(pointer)
    }

    private func prepared(_ sql: String) throws(StorageError) -> Statement {
        if let statement = statements[sql] { return statement }
        let statement = try compile(sql)
        if statements.count >= Self.statementCacheLimit {
            statements.values.forEach { $0.finalize() }
            statements = [:]
        }
        statements[sql] = statement
        return statement
    }

    /// Compiles exactly one statement: trailing statements would be silently ignored by SQLite,
    /// so they are refused instead.
    private func compile(_ sql: String) throws(StorageError) -> Statement {
        var compiled: OpaquePointer?
        var trailing: OpaquePointer?
        let code = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(pointer, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &compiled, &tail)
            if code == SQLITE_OK, let tail, tail.pointee != 0 {
                sqlite3_prepare_v2(pointer, tail, -1, &trailing, nil)
            }
            return code
        }
        guard code == SQLITE_OK else { throw error(code) }
        guard let compiled, trailing == nil else {
            sqlite3_finalize(compiled)
            sqlite3_finalize(trailing)
            throw .sqlite(path: path, code: SQLITE_MISUSE, message: "expected exactly one SQL statement in '\(sql)'")
        }
        return Statement(pointer: compiled, path: path)
    }
}

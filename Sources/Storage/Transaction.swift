import CSQLite

/// The one place transactions begin and end, so every exit path commits or rolls back.
enum Transaction {
    /// Runs `body` between `begin` and COMMIT; any error (the body's, or COMMIT's) rolls back
    /// and is rethrown unchanged. The Connection handed to `body` stops working when it returns.
    static func run<T>(on handle: ConnectionHandle, begin: String,
                       _ body: (Connection) throws(StorageError) -> T) throws(StorageError) -> T {
        try handle.exec(begin)
        let connection = Connection(handle)
        defer { connection.expire() }
        do throws(StorageError) {
            let value = try body(connection)
            guard handle.isInTransaction else {
                throw .sqlite(path: handle.path, code: SQLITE_MISUSE,
                                          message: "the closure ended the transaction itself (COMMIT/ROLLBACK belong to write/read)")
            }
            try handle.exec("COMMIT")
            return value
        } catch {
            handle.rollbackIfNeeded()
            throw error
        }
    }
}

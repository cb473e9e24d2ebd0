extension Database {
    /// Reads the database file at `path` in one read transaction on a read-only connection:
    /// it cannot write, never checkpoints and never migrates, so an operator's report (`vitrine
    /// admin status`, `export`) is safe on the file a running daemon has open, whose single writer
    /// stays the only one. Throws when nothing (or something not SQLite) is at `path`.
    public static func readOnly<T>(path: String, busyTimeoutMilliseconds: Int = 5000,
                                   _ body: (Connection) throws(StorageError) -> T) throws(StorageError) -> T {
        try FileHeader.requireSQLite(path)
        let handle = try ConnectionHandle.openReader(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        defer { handle.close() }
        return try Transaction.run(on: handle, begin: "BEGIN", body)
    }
}

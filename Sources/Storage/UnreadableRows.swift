import Synchronization

/// Rows read back from a database that the code could not map to what it expects, counted for
/// `/metrics` (`vitrine_storage_unreadable_rows_total`). Each one is also an error: thrown (the
/// request fails visibly) or handed to the caller's report (skipped, and logged there).
public enum UnreadableRows {
    private static let counter = Atomic<Int>(0)

    /// How many unreadable rows this process has met since it started.
    public static var count: Int { counter.load(ordering: .relaxed) }

    /// Counts one unreadable row and returns the error that names it, for a caller that maps
    /// rows in a second step (a JSON column decoded after the transaction).
    public static func noted(path: String, what: String, row: Int) -> StorageError {
        counter.add(1, ordering: .relaxed)
        return .unreadableRow(path: path, what: what, row: row)
    }
}

extension Connection {
    /// Runs a query and maps each row with `read`; a row `read` cannot map (nil) is counted and
    /// thrown as `StorageError.unreadableRow`, so a result is never silently shorter than the table.
    public func query<T>(_ sql: String, _ bindings: [SQLValue] = [], as what: String,
                         _ read: (Row) -> T?) throws(StorageError) -> [T] {
        var mapped: [T] = []
        for (index, row) in try query(sql, bindings).enumerated() {
            guard let value = read(row) else { throw UnreadableRows.noted(path: databasePath, what: what, row: index) }
            mapped.append(value)
        }
        return mapped
    }

    /// Like `query(_:_:as:_:)` for lists that should still be shown when one row is damaged
    /// (the directory of shops): each unreadable row is counted, given to `skipped` (which logs
    /// it) and left out.
    public func query<T>(_ sql: String, _ bindings: [SQLValue] = [], as what: String,
                         skipping skipped: (StorageError) -> Void, _ read: (Row) -> T?) throws(StorageError) -> [T] {
        var mapped: [T] = []
        for (index, row) in try query(sql, bindings).enumerated() {
            if let value = read(row) {
                mapped.append(value)
            } else {
                skipped(UnreadableRows.noted(path: databasePath, what: what, row: index))
            }
        }
        return mapped
    }
}

enum IntegrityCheck {
    /// SQLite's full `integrity_check` report: `["ok"]`, or one line per problem found. When the
    /// damage is bad enough that SQLite stops with SQLITE_CORRUPT, its message ends the report
    /// rather than replacing it: the lines found so far say where to look.
    static func findings(on handle: ConnectionHandle) throws(StorageError) -> [String] {
        var lines: [String] = []
        do throws(StorageError) {
            try handle.run("PRAGMA integrity_check", []) { row in
                lines += (row.string(0) ?? "").split(separator: "\n").map(String.init)
            }
        } catch .corrupt(_, let report) {
            lines += report
        }
        return lines
    }
}

extension Database {
    /// Checks a database file read-only, without migrating or otherwise changing it: safe on the
    /// file the daemon has open, or on a backup copy (`vitrine admin check`). Returns `["ok"]`
    /// when sound, otherwise SQLite's findings.
    public static func integrityCheck(path: String, busyTimeoutMilliseconds: Int = 5000) throws(StorageError) -> [String] {
        try FileHeader.requireSQLite(path)
        let handle = try ConnectionHandle.openReader(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        defer { handle.close() }
        return try IntegrityCheck.findings(on: handle)
    }
}

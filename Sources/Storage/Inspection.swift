/// The checks an existing file passes before the writer touches it, all through a read-only
/// connection so a refused file is never changed. They read the header and the schema only, so
/// opening costs the same at 1 MB and at 1 GB; the full `integrity_check` reads every page and
/// runs on demand (`vitrine admin check`, `Database.integrityCheck()`), not at every start.
enum Inspection {
    /// How many lines of an integrity report go into an error (the full report is for `admin check`).
    static let reportLines = 5

    static func verify(path: String, newestVersion: Int, busyTimeoutMilliseconds: Int) throws(StorageError) {
        let handle = try ConnectionHandle.openReader(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        defer { handle.close() }
        try verifyOwnership(handle)
        try verifyVersion(handle, newestVersion: newestVersion)
    }

    /// Ours: our application_id, or none yet on a file that has no tables or already has a schema
    /// version (a database we created before its first migration set the id).
    private static func verifyOwnership(_ handle: ConnectionHandle) throws(StorageError) {
        let applicationID = try handle.integer("PRAGMA application_id")
        guard applicationID == 0 else {
            guard applicationID == ApplicationID.vitrine else {
                throw .foreign(path: handle.path, reason: "application_id \(applicationID) is not vitrine's")
            }
            return
        }
        let tables = try handle.integer("SELECT count(*) FROM sqlite_schema")
        let version = try handle.integer("PRAGMA user_version")
        if tables > 0 && version == 0 {
            throw .foreign(path: handle.path, reason: "it has tables but no vitrine schema version")
        }
    }

    private static func verifyVersion(_ handle: ConnectionHandle, newestVersion: Int) throws(StorageError) {
        let version = try handle.integer("PRAGMA user_version")
        if version > newestVersion {
            throw .newerVersion(path: handle.path, found: Int(version), newest: newestVersion)
        }
    }
}

import CSQLite

/// SQLite's online backup, made safe to hand to an operator: the copy is one consistent snapshot
/// even while the kiosk keeps writing, it is checked before it gets its name, and an existing
/// file is never overwritten.
enum OnlineBackup {
    /// Pages copied per step, between progress reports.
    static let pagesPerStep: Int32 = 64

    /// Copies `source` to `destination + ".partial"`, verifies it with `integrity_check`, fsyncs
    /// it, then renames it to `destination`. On any failure the partial file is removed.
    static func copy(from source: ConnectionHandle, to destination: String,
                     progress: (_ done: Int, _ total: Int) -> Void) throws(StorageError) {
        guard !FileSystem.exists(destination) else { throw .destinationExists(path: destination) }
        let partial = destination + ".partial"
        FileSystem.removeDatabase(at: partial)
        do throws(StorageError) {
            try snapshot(from: source, to: partial, progress: progress)
            try verify(partial)
            try FileSystem.synchronize(partial)
            guard !FileSystem.exists(destination) else { throw StorageError.destinationExists(path: destination) }
            try FileSystem.rename(partial, to: destination)
            try FileSystem.synchronizeDirectory(of: destination)
        } catch {
            FileSystem.removeDatabase(at: partial)
            throw error
        }
    }

    /// Holds one read transaction on the source for the whole copy: every step then reads the
    /// same snapshot, so commits made meanwhile neither appear halfway nor restart the copy.
    private static func snapshot(from source: ConnectionHandle, to partial: String,
                                 progress: (_ done: Int, _ total: Int) -> Void) throws(StorageError) {
        let copy = try ConnectionHandle.open(path: partial, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                             busyTimeoutMilliseconds: 0)
        defer { copy.close() }
        try source.exec("BEGIN")
        defer { source.rollbackIfNeeded() }
        _ = try source.integer("SELECT count(*) FROM sqlite_schema")
        try copyPages(from: source, to: copy, progress: progress)
        // The copy arrives in WAL format; a rollback-journal file stands alone, without -wal/-shm.
        try copy.exec("PRAGMA journal_mode=DELETE")
    }

    private static func copyPages(from source: ConnectionHandle, to copy: ConnectionHandle,
                                  progress: (_ done: Int, _ total: Int) -> Void) throws(StorageError) {
        guard let backup = sqlite3_backup_init(copy.pointer, "main", source.pointer, "main") else {
            throw copy.error(sqlite3_errcode(copy.pointer))
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, pagesPerStep)
            if code == SQLITE_OK || code == SQLITE_DONE {
                let total = Int(sqlite3_backup_pagecount(backup))
                progress(total - Int(sqlite3_backup_remaining(backup)), total)
            }
        } while code == SQLITE_OK
        let finished = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finished == SQLITE_OK else { throw copy.error(code == SQLITE_DONE ? finished : code) }
    }

    private static func verify(_ partial: String) throws(StorageError) {
        let findings = try Database.integrityCheck(path: partial)
        guard findings == ["ok"] else {
            throw .corrupt(path: partial, report: Array(findings.prefix(Inspection.reportLines)))
        }
    }
}

extension Database {
    /// Backs up the database file at `source` without opening it for writing (`vitrine admin
    /// backup`, safe while the daemon runs). Same guarantees as the instance method.
    public static func backup(from source: String, to destination: String, busyTimeoutMilliseconds: Int = 5000,
                              progress: (_ done: Int, _ total: Int) -> Void) throws(StorageError) {
        try FileHeader.requireSQLite(source)
        let handle = try ConnectionHandle.openReader(path: source, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        defer { handle.close() }
        try OnlineBackup.copy(from: handle, to: destination, progress: progress)
    }
}

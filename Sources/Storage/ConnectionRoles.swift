import CSQLite

extension ConnectionHandle {
    /// Bounds the WAL file left after a checkpoint: the box has a small disk.
    static let journalSizeLimitBytes = 4 * 1024 * 1024

    /// The single connection that writes and checkpoints. SQLite 3.40 can corrupt a WAL database
    /// when two connections write or checkpoint at once (fixed in 3.51.3), hence one writer.
    /// WAL + synchronous=FULL: a commit is on disk when COMMIT returns, even on power loss.
    /// secure_delete=ON, set here rather than left to the distribution's build flags: deleted
    /// and overwritten content is zeroed in the pages written, so an erased name is not left in
    /// the file's free space (`Database.erase` then truncates the WAL's older frames).
    static func openWriter(path: String, busyTimeoutMilliseconds: Int) throws(StorageError) -> ConnectionHandle {
        let handle = try open(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                              busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        do throws(StorageError) {
            let mode = try handle.query("PRAGMA journal_mode=WAL").first?.string(0) ?? "none"
            guard mode == "wal" else { throw StorageError.journalModeRefused(path: path, mode: mode) }
            try handle.exec("""
                PRAGMA synchronous=FULL;
                PRAGMA secure_delete=ON;
                PRAGMA foreign_keys=ON;
                PRAGMA journal_size_limit=\(journalSizeLimitBytes);
                """)
        } catch {
            handle.close()
            throw error
        }
        return handle
    }

    /// A read-only connection: it cannot write, and never checkpoints (that is the writer's job).
    /// Also used to look at a file before trusting it, since it cannot change it.
    static func openReader(path: String, busyTimeoutMilliseconds: Int) throws(StorageError) -> ConnectionHandle {
        let handle = try open(path: path, flags: SQLITE_OPEN_READONLY, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        do throws(StorageError) {
            try handle.exec("PRAGMA wal_autocheckpoint=0; PRAGMA foreign_keys=ON;")
        } catch {
            handle.close()
            throw error
        }
        return handle
    }
}

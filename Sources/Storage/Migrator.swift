/// Brings `user_version` up to the newest migration, one transaction per migration: a power cut
/// or a failing migration leaves the file at the last version that fully succeeded.
enum Migrator {
    static func migrate(_ handle: ConnectionHandle, to migrations: [Migration]) throws(StorageError) {
        while try applyNext(of: migrations, on: handle) {}
    }

    /// Applies the migration after the file's current version; false when none is pending. The
    /// version is read inside the write transaction, so two processes opening at once cannot
    /// both apply the same migration.
    private static func applyNext(of migrations: [Migration], on handle: ConnectionHandle) throws(StorageError) -> Bool {
        try handle.exec("BEGIN IMMEDIATE")
        do throws(StorageError) {
            let current = Int(try handle.integer("PRAGMA user_version"))
            guard current <= migrations.count else {
                throw StorageError.newerVersion(path: handle.path, found: current, newest: migrations.count)
            }
            let pending = current < migrations.count
            if pending { try apply(migrations[current], on: handle) }
            try handle.exec("COMMIT")
            return pending
        } catch {
            handle.rollbackIfNeeded()
            throw error
        }
    }

    private static func apply(_ migration: Migration, on handle: ConnectionHandle) throws(StorageError) {
        do throws(StorageError) {
            try handle.exec(migration.sql)
        } catch {
            throw .migrationFailed(path: handle.path, version: migration.version, message: handle.lastErrorMessage)
        }
        guard handle.isInTransaction else {
            throw .migrationFailed(path: handle.path, version: migration.version,
                                   message: "its SQL ended the transaction; remove BEGIN/COMMIT from it")
        }
        try handle.exec("PRAGMA user_version = \(migration.version); PRAGMA application_id = \(ApplicationID.vitrine);")
    }
}

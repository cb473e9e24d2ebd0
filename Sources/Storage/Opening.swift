extension Database {
    /// Opens (creating if absent) the database at `path` and brings its schema up to date.
    ///
    /// Before anything can write to an existing file, it is looked at through a read-only
    /// connection: a file that is not SQLite, belongs to another program, is corrupt, or was made
    /// by a newer vitrine is refused and left byte for byte as it was, so an operator can still
    /// recover it. Then the writer switches to WAL and applies the pending migrations, each in
    /// its own transaction. The caller creates the directory.
    public static func open(path: String, migrations: [Migration],
                            busyTimeoutMilliseconds: Int = 5000) throws(StorageError) -> Database {
        try Migration.validate(migrations)
        if try FileHeader.existsAsSQLite(path) {
            try Inspection.verify(path: path, newestVersion: migrations.count,
                                  busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        }
        let writer = try ConnectionHandle.openWriter(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        do throws(StorageError) {
            try Migrator.migrate(writer, to: migrations)
        } catch {
            writer.close()
            throw error
        }
        return Database(path: path, writer: writer, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }
}

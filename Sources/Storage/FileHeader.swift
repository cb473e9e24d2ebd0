import Glibc

/// Looks at a file's first bytes before SQLite does: SQLite would happily turn an empty-looking
/// or unknown file into a database, and a shop's file must never be overwritten by mistake.
enum FileHeader {
    /// Every SQLite 3 database file starts with these 16 bytes.
    static let magic = Array("SQLite format 3\0".utf8)

    /// False when nothing is at `path` yet; true for an empty file or one that starts like SQLite;
    /// throws `notADatabase` for anything else.
    static func existsAsSQLite(_ path: String) throws(StorageError) -> Bool {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return false }
            throw .fileSystem(path: path, operation: "open", errno: errno)
        }
        defer { Glibc.close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .fileSystem(path: path, operation: "stat", errno: errno) }
        guard status.st_size > 0 else { return true }
        var header = [UInt8](repeating: 0, count: magic.count)
        guard pread(descriptor, &header, header.count, 0) == header.count, header == magic else {
            throw .notADatabase(path: path)
        }
        return true
    }

    /// Like `existsAsSQLite`, for callers that need a file to be there (check, backup).
    static func requireSQLite(_ path: String) throws(StorageError) {
        guard try existsAsSQLite(path) else { throw .fileSystem(path: path, operation: "open", errno: ENOENT) }
    }
}

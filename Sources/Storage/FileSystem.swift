import Glibc

/// The few file operations a durable backup needs, over Glibc (no Foundation in the daemon).
enum FileSystem {
    /// True if anything is at `path`, even a dangling symlink: it would still be clobbered.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Forces the file's bytes to disk, so a power cut after the rename cannot leave a named but
    /// empty copy.
    static func synchronize(_ path: String) throws(StorageError) {
        try synchronize(path, flags: O_RDONLY | O_CLOEXEC)
    }

    /// Forces the directory entry to disk, so the rename itself survives a power cut.
    static func synchronizeDirectory(of path: String) throws(StorageError) {
        try synchronize(directory(of: path), flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    static func rename(_ source: String, to destination: String) throws(StorageError) {
        guard Glibc.rename(source, destination) == 0 else {
            throw .fileSystem(path: destination, operation: "rename", errno: errno)
        }
    }

    /// Removes a database file with the side files SQLite may have left next to it.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            unlink(path + suffix)
        }
    }

    private static func synchronize(_ path: String, flags: Int32) throws(StorageError) {
        let descriptor = open(path, flags)
        guard descriptor >= 0 else { throw .fileSystem(path: path, operation: "open", errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .fileSystem(path: path, operation: "fsync", errno: errno) }
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

import Glibc
import Synchronization

extension LocalFile {
    /// Writes `bytes` to `path` so that a reader (a web server) sees the old file or the new one,
    /// never half of one: a temporary file of its own in the same folder (unique to this call, so
    /// two writers of one path never share it), flushed, renamed over, then the folder flushed so
    /// the rename survives a power cut. Returns false (with `errno`) on failure, leaving any old
    /// file in place.
    @discardableResult
    public static func writeAtomically(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) -> Bool {
        let (temporary, descriptor) = createTemporary(beside: path, mode: mode)
        guard descriptor >= 0 else { return false }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                close(descriptor)
                unlink(temporary)
                return false
            }
            offset += written
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return syncFolder(of: path)
    }

    /// Numbers this process's temporary files, so no two calls share one.
    private static let temporaries = Atomic<UInt64>(0)

    /// `<path>.tmp-<pid>-<n>`, created exclusively (a leftover of a crashed run is skipped).
    private static func createTemporary(beside path: String, mode: mode_t) -> (String, Int32) {
        for _ in 0..<8 {
            let number = temporaries.add(1, ordering: .relaxed).newValue
            let temporary = path + ".tmp-" + String(getpid()) + "-" + String(number)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if descriptor >= 0 || errno != EEXIST { return (temporary, descriptor) }
        }
        return ("", -1)
    }

    /// fsync of the folder holding `path`, which makes a rename in it durable.
    private static func syncFolder(of path: String) -> Bool {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) }.flatMap { $0.isEmpty ? "/" : $0 } ?? "."
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }

    /// Creates `path` and its missing parents (mode 0755); true when it exists afterwards.
    @discardableResult
    public static func makeDirectories(_ path: String) -> Bool {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// Removes a file if it is there.
    public static func remove(_ path: String) { unlink(path) }

    /// Removes an empty directory if it is there.
    public static func removeDirectory(_ path: String) { rmdir(path) }
}

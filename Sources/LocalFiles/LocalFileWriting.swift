import Glibc

extension LocalFile {
    /// Writes `bytes` to `path` so that a reader (a web server) sees the old file or the new one,
    /// never half of one: a temporary file in the same folder, flushed, then renamed over.
    /// Returns false (with `errno`) on failure, leaving any old file in place.
    @discardableResult
    public static func writeAtomically(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) -> Bool {
        let temporary = path + ".tmp-" + String(getpid())
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
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
        return true
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

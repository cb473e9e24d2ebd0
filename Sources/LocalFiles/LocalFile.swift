import Glibc

/// Reading a whole small file (configuration, content, UI assets) with plain POSIX calls: the
/// daemon links no Foundation, and every module that reads a file at start uses this one.
public enum LocalFile {
    /// The file's bytes, or nil when it cannot be opened or read (missing, no permission, a
    /// directory) or is larger than `limit` bytes; `errno` then says why.
    public static func read(_ path: String, limit: Int = 8 << 20) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return contents }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            contents += chunk[..<count]
            if contents.count > limit {
                errno = EFBIG
                return nil
            }
        }
    }
}

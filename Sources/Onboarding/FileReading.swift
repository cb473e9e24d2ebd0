import Glibc

/// The whole file at `path`, or nil if it cannot be opened or read (missing, no permission, a
/// directory). Plain POSIX calls: the daemon links no Foundation.
func readFile(atPath path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var contents: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count == 0 { return contents }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return nil }
        contents += chunk[..<count]
    }
}

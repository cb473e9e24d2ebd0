import Glibc

/// A document in an unlinked temporary file (under `$TMPDIR`, else `/tmp`: the unit's private
/// one), open for reading from its start, gone when closed.
final class SpoolFile {
    let descriptor: Int32

    init(_ bytes: [UInt8]) throws(PrintFailure) {
        var template = Array(((getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/vitrine-print-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw PrintFailure(.jobFailed, "temporary file: \(String(cString: strerror(errno)))") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        self.descriptor = descriptor
        guard Self.write(bytes, to: descriptor), lseek(descriptor, 0, SEEK_SET) == 0 else {
            close(descriptor)
            throw PrintFailure(.jobFailed, "temporary file: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(descriptor) }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}

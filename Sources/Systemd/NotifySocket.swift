import Glibc

/// The service manager's notification socket (`$NOTIFY_SOCKET`), spoken to directly rather than
/// through libsystemd: the protocol is one `KEY=VALUE` line per datagram on a Unix socket, and
/// one less shared library keeps the static binary self-contained.
///
/// Both socket kinds systemd hands out are understood: a path (`/run/systemd/notify`) and an
/// abstract name (`@…`, whose first byte is NUL on the wire). The socket is opened once and kept;
/// `send` is safe from any thread (one `sendto` per message).
public final class NotifySocket: Sendable {
    private let descriptor: Int32
    private let address: sockaddr_un
    private let length: socklen_t
    /// The name as given, for log lines.
    public let name: String

    /// Nil when `name` is absent, empty, too long for a Unix address, or not a path nor `@name`:
    /// the daemon was not started by a service manager that wants to hear from it.
    public init?(name: String?) {
        guard let name, let first = name.utf8.first, first == UInt8(ascii: "/") || first == UInt8(ascii: "@"),
              let (address, length) = Self.address(name) else { return nil }
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.address = address
        self.length = length
        self.name = name
    }

    deinit { close(descriptor) }

    /// The socket named by this process's `$NOTIFY_SOCKET`, if any.
    public static func fromEnvironment() -> NotifySocket? {
        NotifySocket(name: getenv("NOTIFY_SOCKET").map { String(cString: $0) })
    }

    /// Sends one notification (`READY=1`, `STATUS=…`, several lines joined by `\n`). Returns
    /// false when the manager could not be reached; callers log it, the daemon goes on.
    @discardableResult
    public func send(_ message: String) -> Bool {
        var address = self.address
        let bytes = Array(message.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bytes.withUnsafeBytes { sendto(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), socketAddress, length) }
            }
        }
        return sent == bytes.count
    }

    /// `sockaddr_un` for a path or an abstract name (`@` becomes the leading NUL byte; the
    /// length then counts exactly the name's bytes, since abstract names are not terminated).
    private static func address(_ name: String) -> (sockaddr_un, socklen_t)? {
        var bytes = Array(name.utf8)
        let abstract = bytes.first == UInt8(ascii: "@")
        if abstract { bytes[0] = 0 }
        var address = sockaddr_un()
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { return nil }
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { path in
            for (offset, byte) in bytes.enumerated() { path[offset] = byte }
        }
        let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \.sun_path) ?? 2
        let length = pathOffset + bytes.count + (abstract ? 0 : 1)
        return (address, socklen_t(length))
    }
}

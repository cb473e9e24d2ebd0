import Glibc

/// Sockets systemd opened for us (`vitrine.socket` → `$LISTEN_FDS`), read the way
/// sd_listen_fds(3) does: they start at descriptor 3 and count only when `$LISTEN_PID` is our
/// pid. Listening through them lets systemd own the port (the daemon may restart without a
/// refused connection) and lets the service run with no network privileges of its own.
public enum SocketActivation {
    /// The first descriptor passed (SD_LISTEN_FDS_START).
    public static let firstDescriptor: Int32 = 3

    /// Why passed sockets were refused; the daemon stops rather than silently listen elsewhere.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case badCount(String)
        case notASocket(Int32)

        public var description: String {
            switch self {
            case .badCount(let text): "LISTEN_FDS='\(text)' is not a number of sockets"
            case .notASocket(let descriptor): "descriptor \(descriptor) passed by LISTEN_FDS is not a listening stream socket"
            }
        }
    }

    /// The descriptors meant for this process; empty when none were passed (or passed to another
    /// pid). Throws when the variables are there for us but wrong.
    public static func descriptors(listenFDs: String?, listenPID: String?, ownPID: Int32) throws(Refusal) -> [Int32] {
        guard let listenFDs, let listenPID, Int32(listenPID) == ownPID else { return [] }
        guard let count = Int32(listenFDs), count >= 0, count < 1024 else { throw .badCount(listenFDs) }
        return (0..<count).map { firstDescriptor + $0 }
    }

    /// From this process's environment, which is then cleared of `LISTEN_*` so no child inherits
    /// them; the descriptors are marked close-on-exec and checked to be listening stream sockets.
    public static func fromEnvironment() throws(Refusal) -> [Int32] {
        let found = try descriptors(listenFDs: variable("LISTEN_FDS"), listenPID: variable("LISTEN_PID"), ownPID: getpid())
        for name in ["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES"] { unsetenv(name) }
        for descriptor in found {
            guard isListeningStream(descriptor) else { throw .notASocket(descriptor) }
            _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
        }
        return found
    }

    static func isListeningStream(_ descriptor: Int32) -> Bool {
        var type: Int32 = 0
        var listening: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_TYPE, &type, &length) == 0 else { return false }
        length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) == 0 else { return false }
        return type == Int32(SOCK_STREAM.rawValue) && listening == 1
    }

    private static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

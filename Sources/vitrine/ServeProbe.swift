import Glibc

/// Asks the daemon's own listener for `/healthz` over loopback, as a client would: the proof the
/// watchdog needs that the HTTP loop still accepts and answers (a thread that merely runs proves
/// nothing about libmicrohttpd's workers). Blocking calls, each bounded by the time-out.
struct LoopbackProbe: Sendable {
    /// The listener's address as a client reaches it: a wildcard bind is probed on loopback.
    let host: String
    let port: Int
    let timeoutMilliseconds: Int32

    init(address: String, port: Int, timeoutMilliseconds: Int32) {
        switch address {
        case "0.0.0.0", "": host = "127.0.0.1"
        case "::": host = "::1"
        default: host = address
        }
        self.port = port
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    /// Nil when `/healthz` answered 200 in time; otherwise what went wrong, for the log.
    func failure() -> String? {
        let (descriptor, problem) = connected()
        guard let descriptor else { return problem }
        defer { close(descriptor) }
        let request = "GET /healthz HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n"
        let sent = request.withCString { send(descriptor, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        guard sent > 0 else { return "cannot send to the HTTP listener: \(String(cString: strerror(errno)))" }
        guard wait(descriptor, for: Int16(POLLIN)) else { return "the HTTP listener did not answer /healthz within \(timeoutMilliseconds) ms" }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "the HTTP listener closed the connection without answering" }
        let line = String(decoding: buffer[0..<count], as: UTF8.self)
        guard line.hasPrefix("HTTP/1.1 200") || line.hasPrefix("HTTP/1.0 200") else {
            return "/healthz answered '\(line.prefix { $0 != "\r" })'"
        }
        return nil
    }

    private func connected() -> (Int32?, String) {
        var storage = sockaddr_storage()
        guard let length = fill(&storage) else { return (nil, "'\(host)' is not an address to probe") }
        let descriptor = socket(Int32(storage.ss_family), Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return (nil, "socket: \(String(cString: strerror(errno)))") }
        let started = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, length) }
        }
        if started != 0 && errno != EINPROGRESS {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return (nil, "cannot connect to the HTTP listener: \(reason)")
        }
        var error: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        guard wait(descriptor, for: Int16(POLLOUT)), getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &size) == 0, error == 0 else {
            close(descriptor)
            return (nil, "cannot connect to the HTTP listener within \(timeoutMilliseconds) ms")
        }
        return (descriptor, "")
    }

    private func wait(_ descriptor: Int32, for events: Int16) -> Bool {
        var entry = pollfd(fd: descriptor, events: events, revents: 0)
        return poll(&entry, 1, timeoutMilliseconds) == 1 && entry.revents & events != 0
    }

    private func fill(_ storage: inout sockaddr_storage) -> socklen_t? {
        let portBytes = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
        var v4 = sockaddr_in()
        if inet_pton(AF_INET, host, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = portBytes
            withUnsafeBytes(of: v4) { source in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) } }
            return socklen_t(MemoryLayout<sockaddr_in>.size)
        }
        var v6 = sockaddr_in6()
        guard inet_pton(AF_INET6, host, &v6.sin6_addr) == 1 else { return nil }
        v6.sin6_family = sa_family_t(AF_INET6)
        v6.sin6_port = portBytes
        withUnsafeBytes(of: v6) { source in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) } }
        return socklen_t(MemoryLayout<sockaddr_in6>.size)
    }
}

/// The address a passed-in listening socket is bound to (socket activation), for the log, the
/// status line and the probe.
enum BoundAddress {
    static func of(_ descriptor: Int32) -> (address: String, port: Int)? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let found = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard found == 0 else { return nil }
        let copy = storage
        switch Int32(copy.ss_family) {
        case AF_INET:
            var v4 = withUnsafeBytes(of: copy) { $0.load(as: sockaddr_in.self) }
            return (text(AF_INET, &v4.sin_addr), Int(UInt16(bigEndian: v4.sin_port)))
        case AF_INET6:
            var v6 = withUnsafeBytes(of: copy) { $0.load(as: sockaddr_in6.self) }
            return (text(AF_INET6, &v6.sin6_addr), Int(UInt16(bigEndian: v6.sin6_port)))
        default:
            return nil
        }
    }

    private static func text(_ family: Int32, _ address: UnsafeRawPointer) -> String {
        var buffer = [UInt8](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        buffer.withUnsafeMutableBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
                _ = inet_ntop(family, address, $0, socklen_t(pointer.count))
            }
        }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }
}

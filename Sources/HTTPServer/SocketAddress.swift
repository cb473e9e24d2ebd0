import Glibc

/// A parsed IPv4 or IPv6 listening address, kept as the `sockaddr` libmicrohttpd binds.
struct SocketAddress {
    private var storage = sockaddr_storage()
    let isIPv6: Bool

    init(_ text: String, port: Int) throws(HTTPServer.StartError) {
        var bytes = sockaddr_storage()
        var v4 = sockaddr_in()
        if inet_pton(AF_INET, text, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
            withUnsafeBytes(of: v4) { source in withUnsafeMutableBytes(of: &bytes) { $0.copyMemory(from: source) } }
            storage = bytes
            isIPv6 = false
            return
        }
        var v6 = sockaddr_in6()
        guard inet_pton(AF_INET6, text, &v6.sin6_addr) == 1 else { throw .badAddress(text) }
        v6.sin6_family = sa_family_t(AF_INET6)
        v6.sin6_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
        withUnsafeBytes(of: v6) { source in withUnsafeMutableBytes(of: &bytes) { $0.copyMemory(from: source) } }
        storage = bytes
        isIPv6 = true
    }

    mutating func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>) -> T) -> T {
        withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1, body)
        }
    }
}

import Glibc

/// Whether a client is the kiosk's own screen: the browser on the box itself, which connects
/// from 127.0.0.1 or ::1 (or ::ffff:127.0.0.1). Other loopback addresses (127.0.0.2…) count as
/// the network, as clients from elsewhere would.
enum PeerAddress {
    /// Any loopback peer: 127.0.0.0/8, ::1, ::ffff:127.0.0.0/104.
    static func isLoopback(_ address: UnsafePointer<sockaddr>?) -> Bool {
        guard let address else { return false }
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            let ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr.s_addr }
            return UInt32(bigEndian: ip) >> 24 == 127
        case AF_INET6:
            let bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
            }
            return bytes == [UInt8](repeating: 0, count: 15) + [1]
                || (bytes.prefix(12) == [UInt8](repeating: 0, count: 10) + [0xFF, 0xFF] && bytes[12] == 127)
        default:
            return false
        }
    }

    /// The same for an address in text form (`127.0.0.2`, `::1`), as a detached request keeps it.
    static func isLoopback(text: String) -> Bool {
        var v4 = sockaddr_in()
        if inet_pton(AF_INET, text, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            return withUnsafePointer(to: &v4) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { isLoopback($0) } }
        }
        var v6 = sockaddr_in6()
        guard inet_pton(AF_INET6, text, &v6.sin6_addr) == 1 else { return false }
        v6.sin6_family = sa_family_t(AF_INET6)
        return withUnsafePointer(to: &v6) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { isLoopback($0) } }
    }

    static func isScreen(_ address: UnsafePointer<sockaddr>?) -> Bool {
        guard let address else { return false }
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            let ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr.s_addr }
            return UInt32(bigEndian: ip) == 0x7F00_0001
        case AF_INET6:
            let bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
            }
            return bytes == [UInt8](repeating: 0, count: 15) + [1]
                || bytes == [UInt8](repeating: 0, count: 10) + [0xFF, 0xFF, 127, 0, 0, 1]
        default:
            return false
        }
    }
}

import Glibc

/// Whether a client is the kiosk's own screen: the browser on the box itself, which connects
/// from 127.0.0.1 or ::1 (or ::ffff:127.0.0.1). Other loopback addresses (127.0.0.2…) count as
/// the network, as clients from elsewhere would.
enum PeerAddress {
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

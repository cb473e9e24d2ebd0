import CMicroHTTPD
import Glibc

/// Where a connection comes from, as far as access rules need it: whether the client is this
/// machine (127.0.0.0/8, ::1, an IPv4-mapped 127.x address, or a Unix socket).
enum ClientAddress {
    static func isLoopback(_ connection: OpaquePointer) -> Bool {
        guard let info = vitrine_mhd_connection_info(connection, .CONNECTION_INFO_CLIENT_ADDRESS),
              let address = info.pointee.client_addr else { return false }
        switch Int32(address.pointee.sa_family) {
        case AF_UNIX:
            return true
        case AF_INET:
            let ipv4 = UnsafeRawPointer(address).loadUnaligned(as: sockaddr_in.self)
            return UInt32(bigEndian: ipv4.sin_addr.s_addr) >> 24 == 127
        case AF_INET6:
            let ipv6 = UnsafeRawPointer(address).loadUnaligned(as: sockaddr_in6.self)
            let bytes = withUnsafeBytes(of: ipv6.sin6_addr) { Array($0) }
            let loopback: [UInt8] = Array(repeating: 0, count: 15) + [1]
            let mappedPrefix: [UInt8] = Array(repeating: 0, count: 10) + [0xFF, 0xFF]
            return bytes == loopback || (Array(bytes[0..<12]) == mappedPrefix && bytes[12] == 127)
        default:
            return false
        }
    }
}

import CMicroHTTPD
import Glibc

extension Request {
    /// The same request with its headers copied out of libmicrohttpd, valid on any thread and
    /// after its handler call.
    func detached() -> Request {
        guard case .connection(let connection) = headerSource else { return self }
        let box = HeaderBox()
        withExtendedLifetime(box) {
            _ = MHD_get_connection_values(connection, .HEADER_KIND, Self.collect, Unmanaged.passUnretained(box).toOpaque())
        }
        var copy = Request(method: method, path: path, query: query, headers: [:], body: body)
        copy.headerSource = .fields(box.fields)
        copy.parameters = parameters
        copy.detachedClientAddress = clientAddress
        return copy
    }

    /// The client's IP address as text (`192.0.2.7`, `2001:db8::1`), for limits per address;
    /// nil for a request built without a socket.
    public var clientAddress: String? {
        guard case .connection(let connection) = headerSource else { return detachedClientAddress }
        guard let info = vitrine_mhd_connection_info(connection, .CONNECTION_INFO_CLIENT_ADDRESS),
              let address = info.pointee.client_addr else { return nil }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            return address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                var bytes = v4.pointee.sin_addr
                return inet_ntop(AF_INET, &bytes, &text, socklen_t(text.count)).map { String(cString: $0) }
            }
        case AF_INET6:
            return address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                var bytes = v6.pointee.sin6_addr
                return inet_ntop(AF_INET6, &bytes, &text, socklen_t(text.count)).map { String(cString: $0) }
            }
        default:
            return nil
        }
    }

    private final class HeaderBox {
        var fields: [String: String] = [:]
    }

    private static let collect: MHD_KeyValueIterator = { context, _, key, value in
        guard let context, let key else { return .YES }
        let box = Unmanaged<HeaderBox>.fromOpaque(context).takeUnretainedValue()
        let name = String(cString: key).lowercased()
        let text = value.map { String(cString: $0) } ?? ""
        // Repeated headers are joined as HTTP allows (RFC 9110 §5.3).
        box.fields[name] = box.fields[name].map { $0 + ", " + text } ?? text
        return .YES
    }
}

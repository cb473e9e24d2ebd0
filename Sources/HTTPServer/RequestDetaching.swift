import CMicroHTTPD

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
        return copy
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

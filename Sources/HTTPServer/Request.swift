import CMicroHTTPD

/// One HTTP request as a handler sees it: decoded path and query, the body, and header look-up.
///
/// Headers are read from libmicrohttpd on demand rather than copied, so a request for an asset
/// costs no allocation for headers it never reads. A `Request` is therefore only valid during
/// the handler call that received it.
public struct Request {
    public let method: HTTPMethod
    /// The percent-decoded path, already checked by `PathDecoder` (no `..`, no NUL, no `%2F`).
    public let path: String
    public let query: [String: String]
    public let body: [UInt8]
    /// Values captured by `{name}` segments of the matched route.
    public var parameters: [String: String] = [:]
    let headerSource: HeaderSource

    enum HeaderSource {
        case connection(OpaquePointer)
        case fields([String: String], fromLoopback: Bool)
    }

    /// A request built without a socket, for tests and for replaying work.
    public init(method: HTTPMethod, path: String, query: [String: String] = [:],
                headers: [String: String] = [:], body: [UInt8] = [], fromLoopback: Bool = true) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.headerSource = .fields(Dictionary(uniqueKeysWithValues: headers.map { ($0.key.lowercased(), $0.value) }),
                                    fromLoopback: fromLoopback)
    }

    init(method: HTTPMethod, path: String, query: [String: String], body: [UInt8], connection: OpaquePointer) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.headerSource = .connection(connection)
    }

    /// The value of a request header (case-insensitive name), or nil.
    public func header(_ name: String) -> String? {
        switch headerSource {
        case .fields(let fields, _):
            return fields[name.lowercased()]
        case .connection(let connection):
            guard let value = MHD_lookup_connection_value(connection, .HEADER_KIND, name) else { return nil }
            return String(cString: value)
        }
    }

    /// Whether the client is this machine: operator-only routes (`/metrics`) answer nobody else.
    /// Looked up only when asked, so other requests pay nothing for it.
    public var isFromLoopback: Bool {
        switch headerSource {
        case .fields(_, let fromLoopback): fromLoopback
        case .connection(let connection): ClientAddress.isLoopback(connection)
        }
    }

    /// The media type of the body without parameters, lower-cased (`application/json`).
    public var mediaType: String? {
        guard let value = header("Content-Type") else { return nil }
        let type = value.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingSpaces().lowercased()
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

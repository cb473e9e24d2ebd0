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
    var headerSource: HeaderSource
    /// The client's address, copied when the request is detached from its connection.
    var detachedClientAddress: String?
    /// The server's offload lanes, for `offloadHasRoom`; nil without a pool or a socket.
    var offload: OffloadLanes?

    enum HeaderSource {
        case connection(OpaquePointer)
        case fields([String: String])
    }

    /// A request built without a socket, for tests and for replaying work.
    public init(method: HTTPMethod, path: String, query: [String: String] = [:],
                headers: [String: String] = [:], body: [UInt8] = [], clientAddress: String? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.headerSource = .fields(Dictionary(uniqueKeysWithValues: headers.map { ($0.key.lowercased(), $0.value) }))
        self.detachedClientAddress = clientAddress
    }

    init(method: HTTPMethod, path: String, query: [String: String], body: [UInt8], connection: OpaquePointer, offload: OffloadLanes?) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.headerSource = .connection(connection)
        self.offload = offload
    }

    /// Whether `lane`'s queue has room for one more job now: a route whose job needs costly work
    /// first (reading the body, the database) asks before doing it, and answers `Reply.busy`
    /// when not, so a flood the queue would refuse anyway costs that work nothing. A hint, not a
    /// reservation: the queue may fill meanwhile, and its enqueue still refuses then. True when
    /// jobs run inline (no pool) and for a request built without a socket or detached.
    public func offloadHasRoom(_ lane: OffloadLane) -> Bool {
        offload?.hasRoom(lane) ?? true
    }

    /// Whether the client connects from this machine (127.0.0.0/8, ::1): operator-only routes
    /// such as `/metrics`. A request built without a socket counts as local; one detached from its
    /// connection (offloaded) by the address it came from.
    public var fromLoopback: Bool {
        switch headerSource {
        case .fields: return detachedClientAddress.map(PeerAddress.isLoopback(text:)) ?? true
        case .connection(let connection):
            let peer = (vitrine_mhd_connection_info(connection, .CONNECTION_INFO_CLIENT_ADDRESS)?.pointee.client_addr)
                .map { UnsafePointer<sockaddr>($0) }
            return PeerAddress.isLoopback(peer)
        }
    }

    /// The value of a request header (case-insensitive name), or nil.
    public func header(_ name: String) -> String? {
        switch headerSource {
        case .fields(let fields):
            return fields[name.lowercased()]
        case .connection(let connection):
            // withCString: the implicit conversion would copy the name into a new array.
            return name.withCString { name in
                MHD_lookup_connection_value(connection, .HEADER_KIND, name).map { String(cString: $0) }
            }
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
    /// Without leading and trailing spaces and tabs. Found on the UTF-8 bytes: walking
    /// `Character`s (twice reversed) cost a login post more than its three database reads.
    func trimmingSpaces() -> String {
        let bytes = utf8
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
        // Both ends sit next to an ASCII byte (or at an end), so they are on scalar boundaries.
        return String(self[first..<bytes.index(after: last)])
    }
}

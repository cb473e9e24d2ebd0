/// A response built for one request. Long-lived bodies (assets, cached pages) should be a
/// `PreparedResponse` instead, built once: per-request work in the handler is the budget.
public struct Response: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// JSON text with the UTF-8 content type; API answers are never cached (they may be personal).
    public static func json(_ text: String, status: Int = 200) -> Response {
        Response(status: status,
                 headers: [("Content-Type", "application/json; charset=utf-8"), ("Cache-Control", "no-store")],
                 body: Array(text.utf8))
    }

    /// The JSON error envelope of the fixed points: `{"error":{"code":…,"message":…}}`.
    public static func error(_ error: HTTPError) -> Response {
        let details = error.details.map { name, value in
            switch value {
            case .integer(let number): ",\(JSONString.quote(name)):\(number)"
            case .text(let text): ",\(JSONString.quote(name)):\(JSONString.quote(text))"
            }
        }.joined()
        let body = "{\"error\":{\"code\":\(JSONString.quote(error.code)),\"message\":\(JSONString.quote(error.message))\(details)}}"
        var response = Response.json(body, status: error.status)
        response.headers.append(contentsOf: error.headers)
        return response
    }

    /// An empty answer such as 204 or 304.
    public static func empty(status: Int, headers: [(String, String)] = []) -> Response {
        Response(status: status, headers: headers)
    }
}

/// What a handler returns: a fresh response, one prepared once and shared, a body streamed a
/// chunk at a time, or slow work for one of the server's offload pools.
public enum Reply: Sendable {
    case response(Response)
    case prepared(PreparedResponse)
    case streamed(StreamedResponse)
    case offloaded(Offloaded)

    /// What a lane whose queue is full answers (503, `Retry-After`), for a route that refuses
    /// before queueing because `Request.offloadHasRoom` said no.
    public static var busy: Reply { .response(OffloadLanes.busy) }
}

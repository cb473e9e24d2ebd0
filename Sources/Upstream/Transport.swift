/// What came back from one request to the hub.
public struct HTTPReply: Sendable {
    public let status: Int
    /// The `Retry-After` header, when the hub asks for patience (429, 503).
    public let retryAfter: String?
    public let body: [UInt8]

    public init(status: Int, retryAfter: String? = nil, body: [UInt8] = []) {
        self.status = status
        self.retryAfter = retryAfter
        self.body = body
    }
}

/// The request never got an answer: no route, refused, TLS failure, time-out.
public struct TransportFailure: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// Sends one report, or asks for the hub's feedback. The sender depends on this, not on
/// libcurl, so its retry logic is tested with a scripted hub.
public protocol ReportTransport: Sendable {
    func post(_ url: String, headers: [(String, String)], body: [UInt8]) throws(TransportFailure) -> HTTPReply
    func get(_ url: String, headers: [(String, String)]) throws(TransportFailure) -> HTTPReply
}

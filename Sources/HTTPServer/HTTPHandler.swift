/// The application side of the server: one synchronous call per complete request, on one of
/// libmicrohttpd's worker threads. Keep it short; blocking here holds a worker.
public protocol HTTPHandler: Sendable {
    func respond(to request: Request) -> Reply

    /// The fast path, asked first for a plain `GET` or `HEAD` (no query, no body): an answer
    /// prepared in advance for exactly this raw path, found without decoding, routing or
    /// allocating. It must be the answer `respond(to:)` would give; nil sends the request the
    /// normal way.
    func prepared(_ get: PlainGet) -> PreparedResponse?
}

extension HTTPHandler {
    /// No fast path: every request goes through `respond(to:)`.
    public func prepared(_ get: PlainGet) -> PreparedResponse? { nil }
}

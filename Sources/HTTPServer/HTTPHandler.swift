/// The application side of the server: one synchronous call per complete request, on one of
/// libmicrohttpd's worker threads. Keep it short; blocking here holds a worker.
public protocol HTTPHandler: Sendable {
    func respond(to request: Request) -> Reply
}

/// Work a route hands to the server's offload pool instead of doing on a worker: dashboard
/// pages, exports, password checks. The connection is suspended meanwhile, so the workers go on
/// serving everything else; when the pool is full the client gets 503 with `Retry-After`.
///
/// The request is detached from its connection (headers copied) so the work may read it on
/// another thread.
public struct Offloaded: @unchecked Sendable {
    let request: Request
    let work: @Sendable (Request) -> Reply

    public init(_ request: Request, work: @escaping @Sendable (Request) -> Reply) {
        self.request = request.detached()
        self.work = work
    }

    /// Runs the work here (tests, or a server without a pool).
    public func run() -> Reply { work(request) }
}

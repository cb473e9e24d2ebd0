/// Work a route hands to the server's offload pools instead of doing on a worker: dashboard
/// pages, exports, password checks. The connection is suspended meanwhile, so the workers go on
/// serving everything else; when the lane's queue is full the client gets 503 with `Retry-After`.
/// A job may reply with another `.offloaded` job: it then runs in its own lane, the connection
/// still suspended (a password hash on the idle lane, then its database writes on the shared one).
///
/// The request is detached from its connection (headers copied) so the work may read it on
/// another thread.
public struct Offloaded: @unchecked Sendable {
    let request: Request
    let lane: OffloadLane
    let work: @Sendable (Request) -> Reply

    public init(_ request: Request, lane: OffloadLane = .shared, work: @escaping @Sendable (Request) -> Reply) {
        self.request = request.detached()
        self.lane = lane
        self.work = work
    }

    /// Runs the work here (tests, or a server without a pool).
    public func run() -> Reply { work(request) }
}

import CMicroHTTPD
import Synchronization

/// The server's offload pools, one per lane (`OffloadLane`), and the replies of their finished
/// jobs. A job's connection is suspended (`MHD_suspend_connection`) while it waits and runs,
/// in one lane or several in turn; its reply is kept here, the connection resumed, and
/// libmicrohttpd calls the access handler again, which queues the reply (answering inside that
/// call keeps the connection alive). A lane whose queue is full refuses at once: 503 with
/// `Retry-After`.
final class OffloadLanes: @unchecked Sendable {
    private let replies = Mutex<[Int: Reply]>([:])
    /// Replies kept and not yet queued: the access handler skips the look-up when there are none.
    let pending = PendingReplies()
    /// Set once in `init`, read only after.
    private var sharedPool: OffloadPool?
    private var idlePool: OffloadPool?

    /// `idleThreads` 0: idle-lane jobs run on the shared pool.
    init(sharedThreads: Int, sharedQueue: Int, idleThreads: Int, idleQueue: Int) {
        let finished: @Sendable (OffloadPool.Job, Reply) -> Void = { [weak self] job, reply in self?.finished(job, reply) }
        sharedPool = OffloadPool(threads: sharedThreads, queueLimit: sharedQueue, scheduling: .nice(10), finished: finished)
        if idleThreads > 0 {
            idlePool = OffloadPool(threads: idleThreads, queueLimit: idleQueue, scheduling: .idle, finished: finished)
        }
    }

    /// Suspends the connection and queues the job in its lane; false when that queue is full or
    /// the pools are closing (the caller answers `busy` at once).
    func submit(_ offloaded: Offloaded, on connection: OpaquePointer) -> Bool {
        pool(offloaded.lane)?.enqueue(.init(connection: connection, offloaded: offloaded), suspend: true) ?? false
    }

    /// Whether `lane`'s queue has room now (`Request.offloadHasRoom`): false when full or closing.
    func hasRoom(_ lane: OffloadLane) -> Bool {
        pool(lane)?.hasRoom ?? false
    }

    /// The reply of a finished job for this connection, taken once.
    func takeReply(for connection: OpaquePointer) -> Reply? {
        guard pending.any else { return nil }
        guard let reply = replies.withLock({ $0.removeValue(forKey: Int(bitPattern: connection)) }) else { return nil }
        pending.taken()
        return reply
    }

    /// Forgets a reply its request will never queue (the request ended first).
    func discardReply(for connection: OpaquePointer) {
        _ = takeReply(for: connection)
    }

    /// Stops taking jobs: those still waiting are answered 503, those still running at
    /// `deadline` (monotonic milliseconds) too; returns when every connection is resumed, as
    /// libmicrohttpd must not be stopped with a connection still suspended.
    func close(deadline: UInt64) {
        let pools = [sharedPool, idlePool].compactMap { $0 }
        for pool in pools {
            for job in pool.close() { resume(job, .response(Self.busy)) }
        }
        for pool in pools { pool.waitIdle(deadline: deadline) }
        for pool in pools {
            for job in pool.abandon() { resume(job, .response(Self.busy)) }
        }
        // Replies being handed on when the deadline came: a resume away.
        for pool in pools { pool.waitIdle(deadline: MonotonicClock.milliseconds() + 1_000) }
    }

    static let busy = Response.error(HTTPError(status: 503, code: "busy", message: "The server is busy with other slow requests; retry shortly.",
                                               headers: [("Retry-After", "2")]))

    private func pool(_ lane: OffloadLane) -> OffloadPool? {
        lane == .idle ? idlePool ?? sharedPool : sharedPool
    }

    /// A job's reply: another job goes on in its lane, the connection still suspended (or `busy`
    /// when that lane refuses); anything else is kept for the access handler.
    private func finished(_ job: OffloadPool.Job, _ reply: Reply) {
        if case .offloaded(let next) = reply {
            guard pool(next.lane)?.enqueue(.init(connection: job.connection, offloaded: next), suspend: false) != true else { return }
            return resume(job, .response(Self.busy))
        }
        resume(job, reply)
    }

    private func resume(_ job: OffloadPool.Job, _ reply: Reply) {
        replies.withLock { $0[Int(bitPattern: job.connection)] = reply }
        pending.added()
        MHD_resume_connection(job.connection)
    }
}

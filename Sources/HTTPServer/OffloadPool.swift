import CMicroHTTPD
import Glibc
import Synchronization

/// A bounded pool of threads of its own for offloaded routes (`Reply.offloaded`), so slow work
/// (a dashboard page, an export, a password check) never holds the workers that serve
/// everything else. The connection is suspended while its job waits and runs
/// (`MHD_suspend_connection`); the job's reply is kept here, the connection resumed, and
/// libmicrohttpd calls the access handler again, which queues the reply (answering inside that
/// call keeps the connection alive). At most `queueLimit` jobs wait; beyond, 503.
///
/// The pool's threads run at a lower priority (nice 10): when the box's cores are busy, the
/// public side goes first.
final class OffloadPool: @unchecked Sendable {
    private struct Job: @unchecked Sendable {
        let connection: OpaquePointer
        let offloaded: Offloaded
    }

    private struct State {
        var waiting: [Job] = []
        var running = 0
        var closed = false
    }

    private let state = Mutex(State())
    private let replies = Mutex<[Int: Reply]>([:])
    /// Replies kept and not yet queued: the access handler skips the look-up when there are none.
    private let pendingReplies = Atomic<Int>(0)
    private let wakeups: UnsafeMutablePointer<sem_t>
    private let threads: Int
    let queueLimit: Int

    init(threads: Int, queueLimit: Int) {
        self.threads = threads
        self.queueLimit = queueLimit
        wakeups = .allocate(capacity: 1)
        sem_init(wakeups, 0, 0)
        for _ in 0..<threads { startThread() }
    }

    deinit {
        sem_destroy(wakeups)
        wakeups.deallocate()
    }

    /// Suspends the connection and queues the job; false when the queue is full or the pool
    /// is closing (the caller answers 503 at once).
    func submit(_ offloaded: Offloaded, on connection: OpaquePointer) -> Bool {
        let accepted = state.withLock { state -> Bool in
            guard !state.closed, state.waiting.count < queueLimit else { return false }
            MHD_suspend_connection(connection)
            state.waiting.append(Job(connection: connection, offloaded: offloaded))
            return true
        }
        if accepted { sem_post(wakeups) }
        return accepted
    }

    /// Whether any finished job's reply waits to be queued: checked inline on every request, so
    /// the look-up below runs only when there is one.
    @inline(__always) var hasReplies: Bool { pendingReplies.load(ordering: .acquiring) > 0 }

    /// The reply of a finished job for this connection, taken once.
    func takeReply(for connection: OpaquePointer) -> Reply? {
        guard hasReplies else { return nil }
        guard let reply = replies.withLock({ $0.removeValue(forKey: Int(bitPattern: connection)) }) else { return nil }
        pendingReplies.subtract(1, ordering: .releasing)
        return reply
    }

    /// Forgets a reply its request will never queue (the request ended first).
    func discardReply(for connection: OpaquePointer) {
        _ = takeReply(for: connection)
    }

    /// Jobs waiting or running.
    var load: Int { state.withLock { $0.waiting.count + $0.running } }

    /// Stops taking jobs: those still waiting are answered 503; returns once none is running or
    /// at `deadline` (monotonic milliseconds). libmicrohttpd must not be stopped with a
    /// connection still suspended.
    func close(deadline: UInt64) {
        let dropped = state.withLock { state -> [Job] in
            state.closed = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for job in dropped { finish(job, .response(Self.busy)) }
        for _ in 0..<threads { sem_post(wakeups) }
        while state.withLock({ $0.running }) > 0 && MonotonicClock.milliseconds() < deadline { usleep(5_000) }
    }

    static let busy = Response.error(HTTPError(status: 503, code: "busy", message: "The server is busy with other slow requests; retry shortly.",
                                               headers: [("Retry-After", "2")]))

    private func finish(_ job: Job, _ reply: Reply) {
        replies.withLock { $0[Int(bitPattern: job.connection)] = reply }
        pendingReplies.add(1, ordering: .releasing)
        MHD_resume_connection(job.connection)
    }

    /// Takes jobs until the pool is closed and nothing waits.
    private func loop() {
        // On Linux the nice value is per thread, and `who` 0 is the calling thread.
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        while true {
            sem_wait(wakeups)
            let next = state.withLock { state -> Job?? in
                guard !state.waiting.isEmpty else { return state.closed ? .none : .some(nil) }
                state.running += 1
                return state.waiting.removeFirst()
            }
            guard let taken = next else { return }
            guard let job = taken else { continue }
            let reply = job.offloaded.run()
            finish(job, reply)
            state.withLock { $0.running -= 1 }
        }
    }

    private func startThread() {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        if pthread_create(&thread, nil, { context in
            Unmanaged<OffloadPool>.fromOpaque(context!).takeRetainedValue().loop()
            return nil
        }, context) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<OffloadPool>.fromOpaque(context).release()
        }
    }
}

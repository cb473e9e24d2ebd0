import CMicroHTTPD
import Glibc
import Synchronization

/// One lane's threads (`OffloadLane`): a bounded queue of jobs, each on a suspended connection,
/// taken by `threads` threads of its own that run at the lane's scheduling (`Scheduling`). At
/// most `queueLimit` jobs wait; beyond, `enqueue` refuses (the caller answers 503). What a job
/// replies goes to `finished`, which resumes its connection or forwards the job to another lane.
final class OffloadPool: @unchecked Sendable {
    struct Job: @unchecked Sendable {
        let connection: OpaquePointer
        let offloaded: Offloaded
    }

    /// How the pool's threads compete for the cores with the workers.
    enum Scheduling {
        /// `SCHED_OTHER` at this nice value (per thread on Linux).
        case nice(Int32)
        /// `SCHED_IDLE`: runs only on a core nothing else wants.
        case idle
    }

    private struct State {
        var waiting: [Job] = []
        /// Jobs a thread has taken, by ticket, with whether their reply is being handed on. The
        /// thread removes its entry once the reply is handed on; `abandon` removes those still
        /// computing (the thread then drops its reply).
        var running: [Int: (job: Job, handingOn: Bool)] = [:]
        var nextTicket = 0
        var closed = false
    }

    private let state = Mutex(State())
    private let wakeups: UnsafeMutablePointer<sem_t>
    private let threads: Int
    private let scheduling: Scheduling
    private let finished: @Sendable (Job, Reply) -> Void
    let queueLimit: Int

    init(threads: Int, queueLimit: Int, scheduling: Scheduling, finished: @escaping @Sendable (Job, Reply) -> Void) {
        self.threads = threads
        self.queueLimit = queueLimit
        self.scheduling = scheduling
        self.finished = finished
        wakeups = .allocate(capacity: 1)
        sem_init(wakeups, 0, 0)
        for _ in 0..<threads { startThread() }
    }

    deinit {
        sem_destroy(wakeups)
        wakeups.deallocate()
    }

    /// Queues the job, first suspending its connection when `suspend` (a job forwarded from
    /// another lane is suspended already); false when the queue is full or the pool is closing.
    func enqueue(_ job: Job, suspend: Bool) -> Bool {
        let accepted = state.withLock { state -> Bool in
            guard !state.closed, state.waiting.count < queueLimit else { return false }
            if suspend { MHD_suspend_connection(job.connection) }
            state.waiting.append(job)
            return true
        }
        if accepted { sem_post(wakeups) }
        return accepted
    }

    /// Whether `enqueue` would take one more job now (the answer may be stale at once).
    var hasRoom: Bool {
        state.withLock { !$0.closed && $0.waiting.count < queueLimit }
    }

    /// Stops taking jobs and hands back those still waiting (their caller answers them); the
    /// threads end once nothing runs.
    func close() -> [Job] {
        let dropped = state.withLock { state -> [Job] in
            state.closed = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for _ in 0..<threads { sem_post(wakeups) }
        return dropped
    }

    /// Waits until no job runs, or until `deadline` (monotonic milliseconds).
    func waitIdle(deadline: UInt64) {
        while !state.withLock({ $0.running.isEmpty }) && MonotonicClock.milliseconds() < deadline { usleep(5_000) }
    }

    /// Hands back the jobs still computing (their caller answers them; a starved `SCHED_IDLE`
    /// hash may take long on a busy box): their threads drop the reply when done.
    func abandon() -> [Job] {
        state.withLock { state -> [Job] in
            let computing = state.running.filter { !$0.value.handingOn }
            for ticket in computing.keys { state.running[ticket] = nil }
            return computing.values.map(\.job)
        }
    }

    /// Takes jobs until the pool is closed and nothing waits.
    private func loop() {
        applyScheduling()
        while true {
            sem_wait(wakeups)
            let next = state.withLock { state -> (ticket: Int, job: Job)?? in
                guard !state.waiting.isEmpty else { return state.closed ? .none : .some(nil) }
                let job = state.waiting.removeFirst()
                state.nextTicket += 1
                state.running[state.nextTicket] = (job, false)
                return (state.nextTicket, job)
            }
            guard let taken = next else { return }
            guard let (ticket, job) = taken else { continue }
            let reply = job.offloaded.run()
            let handing = state.withLock { state -> Bool in
                guard state.running[ticket] != nil else { return false }
                state.running[ticket]?.handingOn = true
                return true
            }
            guard handing else { continue }
            finished(job, reply)
            state.withLock { $0.running[ticket] = nil }
        }
    }

    /// `SCHED_IDLE` is 5 in Linux's ABI (`<linux/sched.h>`); Glibc shows the name to C only
    /// under `_GNU_SOURCE`.
    static let schedIdle: Int32 = 5

    private func applyScheduling() {
        switch scheduling {
        case .nice(let value):
            // On Linux the nice value is per thread, and `who` 0 is the calling thread.
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, value)
        case .idle:
            var parameters = sched_param()
            parameters.sched_priority = 0
            // Lowering one's own policy needs no privilege; should it fail, nice 19 is the
            // next best.
            if pthread_setschedparam(pthread_self(), Self.schedIdle, &parameters) != 0 {
                setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
            }
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

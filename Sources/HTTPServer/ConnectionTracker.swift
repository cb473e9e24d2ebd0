import Glibc
import Synchronization

/// Enforces `requestTimeout` on every connection, which libmicrohttpd 0.9.75 cannot do: its
/// timeout restarts on every byte received, so a client trickling one byte a second would hold
/// a slot for ever.
///
/// Each connection gets a deadline when it opens and again each time a request completes. A
/// timer shuts down (`shutdown(2)`, not `close`) the socket of any connection past its deadline;
/// libmicrohttpd then sees the end of stream and closes the connection itself. The table lock is
/// held across `shutdown`, and libmicrohttpd reports the close (which removes the entry under
/// the same lock) before it closes the descriptor, so a reused descriptor is never hit.
final class ConnectionTracker: Sendable {
    final class Entry: Sendable {
        let descriptor: Int32
        let deadline: Atomic<UInt64>
        init(descriptor: Int32, deadline: UInt64) {
            self.descriptor = descriptor
            self.deadline = Atomic(deadline)
        }
    }

    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])
    private let timeoutMilliseconds: UInt64
    private let ticker = Mutex<Ticker?>(nil)
    let dropped = Atomic<Int>(0)

    init(requestTimeoutSeconds: Int) {
        timeoutMilliseconds = UInt64(requestTimeoutSeconds) * 1000
    }

    /// Starts sweeping; `stop()` ends it (the sweeper holds only a weak reference).
    func start() {
        let interval = max(50, min(1000, Int(timeoutMilliseconds / 4)))
        let sweeper = Ticker(intervalMilliseconds: interval) { [weak self] in self?.sweep() }
        ticker.withLock { $0 = sweeper }
    }

    func stop() {
        ticker.withLock { $0?.cancel(); $0 = nil }
    }

    deinit { stop() }

    func opened(descriptor: Int32) -> Entry {
        let entry = Entry(descriptor: descriptor, deadline: MonotonicClock.milliseconds() + timeoutMilliseconds)
        entries.withLock { $0[ObjectIdentifier(entry)] = entry }
        return entry
    }

    func closed(_ entry: Entry) {
        _ = entries.withLock { $0.removeValue(forKey: ObjectIdentifier(entry)) }
    }

    /// A request finished: the next one gets a full `requestTimeout` from now.
    func requestCompleted(_ entry: Entry) {
        entry.deadline.store(MonotonicClock.milliseconds() + timeoutMilliseconds, ordering: .relaxed)
    }

    var openConnections: Int { entries.withLock { $0.count } }

    private func sweep() {
        let now = MonotonicClock.milliseconds()
        entries.withLock { table in
            for entry in table.values where entry.deadline.load(ordering: .relaxed) < now {
                entry.deadline.store(UInt64.max, ordering: .relaxed)
                dropped.add(1, ordering: .relaxed)
                shutdown(entry.descriptor, Int32(SHUT_RDWR))
            }
        }
    }
}

import Glibc
import Synchronization

/// Keeps the connection table for the clients that are being served, which libmicrohttpd 0.9.75
/// cannot do on its own: its timeout restarts on every byte received, so a client trickling one
/// byte a second holds a slot for ever, and once the table is full a newcomer waits in the
/// kernel's backlog behind every idle socket.
///
/// - Deadlines: a connection must send a request's complete headers within `headerTimeout`
///   of opening (or of its previous answer) and finish the request within `requestTimeout`.
/// - Admission (libmicrohttpd's accept-policy callback, before the connection is added):
///   while fewer than `maxConnections` are open, anyone gets in. When the table is full, the
///   kiosk's own screen (a peer on 127.0.0.1 or ::1) still gets one of `screenReserve` extra
///   slots, and any newcomer takes the place of the oldest connection still waiting for its
///   headers (idle or trickling): it is shed. Only when every connection is busy with a request
///   is a newcomer refused (closed at once, so the backlog keeps moving).
///
/// Shedding and timeouts `shutdown(2)` the socket (never `close`): libmicrohttpd then sees the
/// end of stream and closes the connection itself. The table lock is held across `shutdown`, and
/// libmicrohttpd reports the close (which removes the entry under the same lock) before it closes
/// the descriptor, so a reused descriptor is never hit.
final class ConnectionTracker: Sendable {
    final class Entry: Sendable {
        let descriptor: Int32
        let screen: Bool
        /// When the wait for the current request's headers (or the request itself) began.
        let since: Atomic<UInt64>
        let inRequest = Atomic<Bool>(false)
        let shed = Atomic<Bool>(false)

        init(descriptor: Int32, screen: Bool, now: UInt64) {
            self.descriptor = descriptor
            self.screen = screen
            self.since = Atomic(now)
        }

        var waitingForHeaders: Bool { !inRequest.load(ordering: .relaxed) && !shed.load(ordering: .relaxed) }
    }

    struct Limits: Sendable {
        var maxConnections: Int
        var screenReserve: Int
        var headerTimeoutMilliseconds: UInt64
        var requestTimeoutMilliseconds: UInt64
    }

    private struct Table {
        var entries: [ObjectIdentifier: Entry] = [:]
        /// Entries not yet shed or timed out, all peers and the screen's own.
        var live = 0
        var liveScreen = 0
    }

    private let table = Mutex(Table())
    let limits: Limits
    private let ticker = Mutex<Ticker?>(nil)
    /// Connections closed because they outlived a deadline.
    let dropped = Atomic<Int>(0)
    /// Connections shed to make room for a newcomer, and newcomers refused.
    let shedCount = Atomic<Int>(0)
    let refused = Atomic<Int>(0)

    init(limits: Limits) {
        self.limits = limits
    }

    /// Headers are due within `headerTimeout`, and never later than the whole request is.
    var headersDue: UInt64 { min(limits.headerTimeoutMilliseconds, limits.requestTimeoutMilliseconds) }

    /// The most connections libmicrohttpd may hold: the table, the screen's reserve, and room for
    /// shed connections whose close libmicrohttpd has not yet seen.
    var hardLimit: Int { 2 * limits.maxConnections + limits.screenReserve }

    /// Starts sweeping; `stop()` ends it (the sweeper holds only a weak reference).
    func start() {
        let interval = max(50, min(500, Int(headersDue / 4)))
        let sweeper = Ticker(intervalMilliseconds: interval) { [weak self] in self?.sweep() }
        ticker.withLock { $0 = sweeper }
    }

    func stop() {
        ticker.withLock { $0?.cancel(); $0 = nil }
    }

    deinit { stop() }

    /// Whether a connection from `peer` may come in now (shedding the oldest connection still
    /// waiting for headers if the table is full).
    func admit(screen: Bool) -> Bool {
        table.withLock { table in
            if table.live < limits.maxConnections { return true }
            if screen && table.liveScreen < limits.screenReserve { return true }
            let waiting = table.entries.values.filter { !$0.screen && $0.waitingForHeaders }
            guard let victim = waiting.min(by: { $0.since.load(ordering: .relaxed) < $1.since.load(ordering: .relaxed) }) else {
                refused.add(1, ordering: .relaxed)
                return false
            }
            Self.end(victim, in: &table)
            shedCount.add(1, ordering: .relaxed)
            return true
        }
    }

    func opened(descriptor: Int32, screen: Bool) -> Entry {
        let entry = Entry(descriptor: descriptor, screen: screen, now: MonotonicClock.milliseconds())
        table.withLock { table in
            table.entries[ObjectIdentifier(entry)] = entry
            table.live += 1
            if screen { table.liveScreen += 1 }
        }
        return entry
    }

    func closed(_ entry: Entry) {
        table.withLock { table in
            guard table.entries.removeValue(forKey: ObjectIdentifier(entry)) != nil else { return }
            if !entry.shed.load(ordering: .relaxed) { Self.forget(entry, in: &table) }
        }
    }

    /// The headers are in: the request now has until `requestTimeout` (counted from when the
    /// wait for it began).
    func requestBegan(_ entry: Entry) {
        entry.inRequest.store(true, ordering: .relaxed)
    }

    /// A request finished: the next one's headers are due within `headerTimeout` from now.
    func requestCompleted(_ entry: Entry) {
        entry.since.store(MonotonicClock.milliseconds(), ordering: .relaxed)
        entry.inRequest.store(false, ordering: .relaxed)
    }

    var openConnections: Int { table.withLock { $0.entries.count } }

    private func sweep() {
        let now = MonotonicClock.milliseconds()
        table.withLock { table in
            for entry in table.entries.values where !entry.shed.load(ordering: .relaxed) {
                let allowed = entry.inRequest.load(ordering: .relaxed) ? limits.requestTimeoutMilliseconds : headersDue
                if entry.since.load(ordering: .relaxed) + allowed < now {
                    dropped.add(1, ordering: .relaxed)
                    Self.end(entry, in: &table)
                }
            }
        }
    }

    private static func end(_ entry: Entry, in table: inout Table) {
        entry.shed.store(true, ordering: .relaxed)
        forget(entry, in: &table)
        shutdown(entry.descriptor, Int32(SHUT_RDWR))
    }

    private static func forget(_ entry: Entry, in table: inout Table) {
        table.live -= 1
        if entry.screen { table.liveScreen -= 1 }
    }
}

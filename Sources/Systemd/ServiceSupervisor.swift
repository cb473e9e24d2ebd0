import Glibc
import Synchronization

/// A thread of its own that checks the daemon's health at a fixed pace and tells systemd: a
/// `WATCHDOG=1` only after a check passed, and a fresh `STATUS=` whenever the status text changes.
///
/// A thread rather than a timer on the HTTP workers: the point is to notice when those workers
/// stop answering, so the check must not depend on them being free to run it.
public final class ServiceSupervisor: Sendable {
    /// What one check found.
    public enum Health: Sendable, Equatable {
        /// Answering; the status line for `systemctl status`.
        case healthy(status: String)
        /// Not answering; the reason, for the status line and the log. No watchdog ping is sent.
        case failing(reason: String)
    }

    private let notifier: ServiceNotifier
    private let intervalMicroseconds: UInt64
    private let pingWatchdog: Bool
    private let check: @Sendable () -> Health
    private let report: @Sendable (Health, Health?) -> Void
    private let stopped = Atomic<Bool>(false)
    private let thread = Mutex<pthread_t?>(nil)

    /// - Parameters:
    ///   - intervalMicroseconds: time between checks (half the watchdog period when armed).
    ///   - pingWatchdog: send `WATCHDOG=1` after each passing check.
    ///   - check: the health check; it must bound its own time (it runs on this thread only).
    ///   - report: called with each result that differs from the previous one (for the log).
    public init(notifier: ServiceNotifier, intervalMicroseconds: UInt64, pingWatchdog: Bool,
                check: @escaping @Sendable () -> Health, report: @escaping @Sendable (Health, Health?) -> Void) {
        self.notifier = notifier
        self.intervalMicroseconds = max(intervalMicroseconds, 10_000)
        self.pingWatchdog = pingWatchdog
        self.check = check
        self.report = report
    }

    /// Starts the thread; returns false if it could not be created.
    @discardableResult
    public func start() -> Bool {
        let context = Unmanaged.passRetained(self).toOpaque()
        var created = pthread_t()
        guard pthread_create(&created, nil, { context in
            Unmanaged<ServiceSupervisor>.fromOpaque(context!).takeRetainedValue().loop()
            return nil
        }, context) == 0 else {
            Unmanaged<ServiceSupervisor>.fromOpaque(context).release()
            return false
        }
        thread.withLock { $0 = created }
        return true
    }

    /// Stops and waits for the thread, so no ping or status follows this call (STOPPING=1 must be
    /// the last word).
    public func stop() {
        stopped.store(true, ordering: .releasing)
        if let running = thread.withLock({ value -> pthread_t? in defer { value = nil }; return value }) {
            pthread_join(running, nil)
        }
    }

    private func loop() {
        var previous: Health?
        var lastStatus = ""
        while !stopped.load(ordering: .acquiring) {
            let health = check()
            if stopped.load(ordering: .acquiring) { return }
            if health != previous { report(health, previous) }
            previous = health
            let status: String
            switch health {
            case .healthy(let text):
                status = text
                if pingWatchdog { notifier.watchdog() }
            case .failing(let reason):
                status = "Not answering: " + reason
            }
            if status != lastStatus { notifier.status(status); lastStatus = status }
            pause()
        }
    }

    /// Sleeps one interval in short slices, so `stop` is not kept waiting a whole period.
    private func pause() {
        var left = intervalMicroseconds
        while left > 0 && !stopped.load(ordering: .acquiring) {
            let slice = min(left, 50_000)
            usleep(UInt32(slice))
            left -= slice
        }
    }
}

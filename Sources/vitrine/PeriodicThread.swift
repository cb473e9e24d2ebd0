import Glibc
import Synchronization

/// A job run at once and then every `seconds` on a thread of its own (the hub's retention and
/// static export), until `stop`, which waits for a run in progress to finish: the daemon closes
/// its database only after that.
final class PeriodicThread: Sendable {
    private let seconds: Double
    private let job: @Sendable () -> Void
    private let stopped = Atomic<Bool>(false)
    private let thread = Mutex<pthread_t?>(nil)

    init(every seconds: Double, job: @escaping @Sendable () -> Void) {
        self.seconds = seconds
        self.job = job
    }

    /// Starts the thread; false if it could not be created.
    func start() -> Bool {
        let context = Unmanaged.passRetained(self).toOpaque()
        var created = pthread_t()
        guard pthread_create(&created, nil, { context in
            Unmanaged<PeriodicThread>.fromOpaque(context!).takeRetainedValue().loop()
            return nil
        }, context) == 0 else {
            Unmanaged<PeriodicThread>.fromOpaque(context).release()
            return false
        }
        thread.withLock { $0 = created }
        return true
    }

    /// No run starts after this call; one in progress is waited for.
    func stop() {
        stopped.store(true, ordering: .releasing)
        if let running = thread.withLock({ value -> pthread_t? in defer { value = nil }; return value }) {
            pthread_join(running, nil)
        }
    }

    private func loop() {
        while !stopped.load(ordering: .acquiring) {
            job()
            var left = seconds
            while left > 0 && !stopped.load(ordering: .acquiring) {
                usleep(50_000)
                left -= 0.05
            }
        }
    }
}

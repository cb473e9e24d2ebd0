import Glibc
import Synchronization

/// The thread behind `Database.startPeriodicCheckpoints`: wakes every second, checkpoints when
/// an erasure is still in the WAL or when the interval has passed. Holds the database weakly,
/// so a forgotten cancel never keeps it open.
final class PeriodicCheckpoint: Sendable {
    private weak let database: Database?
    private let intervalSeconds: Int
    private let cancelled = Atomic<Bool>(false)

    init(database: Database, intervalSeconds: Int) {
        self.database = database
        self.intervalSeconds = max(1, intervalSeconds)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        if pthread_create(&thread, nil, { context in
            Unmanaged<PeriodicCheckpoint>.fromOpaque(context!).takeRetainedValue().loop()
            return nil
        }, context) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<PeriodicCheckpoint>.fromOpaque(context).release()
        }
    }

    func cancel() { cancelled.store(true, ordering: .relaxed) }

    private func loop() {
        var elapsed = 0
        while !cancelled.load(ordering: .relaxed) {
            sleep(1)
            elapsed += 1
            guard !cancelled.load(ordering: .relaxed), let database else { return }
            if database.erasurePending.load(ordering: .relaxed) || elapsed >= intervalSeconds {
                elapsed = 0
                _ = try? database.checkpoint()
            }
        }
    }
}

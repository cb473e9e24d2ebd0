import Glibc
import Synchronization

/// Calls a function at a fixed interval on a thread of its own until cancelled.
///
/// A dedicated thread rather than a Dispatch timer: deadline enforcement must keep its pace
/// even when every shared worker is busy (a flood of slow clients is exactly that moment).
final class Ticker: Sendable {
    private let interval: UInt32
    private let action: @Sendable () -> Void
    private let cancelled = Atomic<Bool>(false)

    init(intervalMilliseconds: Int, action: @escaping @Sendable () -> Void) {
        self.interval = UInt32(intervalMilliseconds) * 1000
        self.action = action
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        if pthread_create(&thread, nil, { context in
            let ticker = Unmanaged<Ticker>.fromOpaque(context!).takeRetainedValue()
            ticker.loop()
            return nil
        }, context) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Ticker>.fromOpaque(context).release()
        }
    }

    func cancel() { cancelled.store(true, ordering: .relaxed) }

    private func loop() {
        while !cancelled.load(ordering: .relaxed) {
            usleep(interval)
            if !cancelled.load(ordering: .relaxed) { action() }
        }
    }
}

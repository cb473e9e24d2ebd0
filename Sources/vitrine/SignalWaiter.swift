import Glibc

/// Synchronous signal handling: the signals are blocked before any thread starts (threads
/// inherit the mask), and the main thread waits for them with `sigwait`. No async handler, so
/// nothing unsafe runs in signal context.
struct SignalWaiter {
    private var set = sigset_t()

    init(signals: [Int32]) {
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    func wait() -> Int32 {
        var set = self.set
        var received: Int32 = 0
        while sigwait(&set, &received) != 0 {}
        return received
    }
}

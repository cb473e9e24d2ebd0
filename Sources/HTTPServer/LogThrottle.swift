import Synchronization

/// Bounds libmicrohttpd's own messages: under a flood of slow clients each shed or timed-out
/// connection produces a line ("connection closed…"), thousands a second, which would bury the
/// journal. At most `limit` lines pass per window; the next line that passes says how many
/// were held back.
final class LogThrottle: Sendable {
    private struct Window {
        var start: UInt64 = 0
        var passed = 0
        var suppressed = 0
    }

    private let window = Mutex(Window())
    private let limit: Int
    private let windowMilliseconds: UInt64

    init(limit: Int = 20, windowMilliseconds: UInt64 = 60_000) {
        self.limit = limit
        self.windowMilliseconds = windowMilliseconds
    }

    /// nil: hold this line back; otherwise how many lines were held back before it.
    func admit(now: UInt64 = MonotonicClock.milliseconds()) -> Int? {
        window.withLock { window in
            if now >= window.start + windowMilliseconds {
                window = Window(start: now, passed: 0, suppressed: window.suppressed)
            }
            guard window.passed < limit else {
                window.suppressed += 1
                return nil
            }
            window.passed += 1
            defer { window.suppressed = 0 }
            return window.suppressed
        }
    }
}

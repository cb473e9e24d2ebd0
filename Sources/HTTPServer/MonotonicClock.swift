import Glibc

/// Milliseconds from an arbitrary start that never jumps with the wall clock (the box's clock
/// may be wrong or corrected at any time).
enum MonotonicClock {
    static func milliseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1000 + UInt64(now.tv_nsec) / 1_000_000
    }
}

import Glibc

extension Timestamp {
    /// The system's wall clock (`CLOCK_REALTIME`), which NTP may move: use it for what is stored
    /// and sent, never to measure how long something took.
    public static func now() -> Timestamp {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Timestamp(milliseconds: Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000)
    }
}

/// The watchdog systemd arms for this process (`WatchdogSec=` → `$WATCHDOG_USEC`), read the way
/// sd_watchdog_enabled(3) does: the period counts only when `$WATCHDOG_PID` is absent or names us
/// (a variable inherited from a parent is not ours to honour).
public enum WatchdogSettings {
    /// The period in microseconds, or nil when no watchdog is armed for this process.
    public static func period(usec: String?, pid: String?, ownPID: Int32) -> UInt64? {
        guard let usec, let period = UInt64(usec), period > 0 else { return nil }
        if let pid, !pid.isEmpty {
            guard let named = Int32(pid), named == ownPID else { return nil }
        }
        return period
    }

    /// How often to ping: half the period, as systemd recommends, so one late ping is not fatal.
    public static func pingInterval(period: UInt64) -> UInt64 { max(period / 2, 1) }
}

/// What the daemon tells systemd about its life (sd_notify(3) messages), or nothing at all when
/// it was not started under `Type=notify`: every method is then a no-op, so the daemon's code
/// reads the same run by hand or by systemd.
public struct ServiceNotifier: Sendable {
    private let socket: NotifySocket?

    public init(socket: NotifySocket?) { self.socket = socket }

    /// From `$NOTIFY_SOCKET`.
    public static func fromEnvironment() -> ServiceNotifier { ServiceNotifier(socket: .fromEnvironment()) }

    /// True when a service manager listens.
    public var isActive: Bool { socket != nil }

    /// Startup is complete: the unit becomes active and units ordered after it start.
    @discardableResult
    public func ready(status: String) -> Bool { send("READY=1\nSTATUS=\(Self.oneLine(status))") }

    /// A line for `systemctl status`.
    @discardableResult
    public func status(_ text: String) -> Bool { send("STATUS=\(Self.oneLine(text))") }

    /// "Still alive": must come more often than `WatchdogSec=`, or systemd kills and restarts us.
    @discardableResult
    public func watchdog() -> Bool { send("WATCHDOG=1") }

    /// Shutdown has begun; systemd then waits for the exit instead of thinking we died.
    @discardableResult
    public func stopping(status: String) -> Bool { send("STOPPING=1\nSTATUS=\(Self.oneLine(status))") }

    /// Reloading the configuration (`systemctl reload` waits for the READY=1 that follows).
    @discardableResult
    public func reloading() -> Bool { send("RELOADING=1") }

    @discardableResult
    public func send(_ message: String) -> Bool { socket?.send(message) ?? false }

    /// A newline would start a new KEY=VALUE assignment: status text is kept to one line.
    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}

import Glibc
import Logging
import Systemd

/// What a daemon (`serve` or `hub`) tells systemd while it runs: `STATUS=` lines a person
/// understands, and `WATCHDOG=1` only while the HTTP loop answers `/healthz` on its own listener
/// and the database answers a read. A daemon whose workers are all stuck, or whose database
/// hangs, stops pinging and systemd restarts it after `WatchdogSec=`.
struct DaemonSupervision: Sendable {
    let notifier: ServiceNotifier
    let url: String
    let probe: LoopbackProbe
    /// The daemon's own part of the status line, read from its database (which it thereby
    /// checks); throws when the database does not answer.
    let status: @Sendable () throws -> String
    let logger: Logger

    /// Without a watchdog, the status line is still refreshed this often (microseconds).
    static let statusRefresh: UInt64 = 10_000_000

    /// Starts the supervising thread when systemd listens; nil otherwise (run by hand).
    func start() -> ServiceSupervisor? {
        guard notifier.isActive else { return nil }
        let period = WatchdogSettings.period(usec: Self.environment("WATCHDOG_USEC"), pid: Self.environment("WATCHDOG_PID"),
                                             ownPID: getpid())
        let interval = period.map(WatchdogSettings.pingInterval) ?? Self.statusRefresh
        if let period { logger.info("watchdog: \(period / 1000) ms; a ping every \(interval / 1000) ms while HTTP and the database answer") }
        let timeout = Int32(clamping: max(100, min(Int(interval / 2000), 3000)))
        let checked = LoopbackProbe(address: probe.host, port: probe.port, timeoutMilliseconds: timeout)
        let supervisor = ServiceSupervisor(notifier: notifier, intervalMicroseconds: interval, pingWatchdog: period != nil,
                                           check: { [self] in health(checked) }, report: { [logger] now, before in
                                               Self.log(now, before, logger)
                                           })
        return supervisor.start() ? supervisor : nil
    }

    /// The status line as of now (also the READY=1 line).
    func currentStatus() -> String {
        switch health(nil) {
        case .healthy(let status): status
        case .failing(let reason): "Not answering: " + reason
        }
    }

    private func health(_ probe: LoopbackProbe?) -> ServiceSupervisor.Health {
        if let probe, let failure = probe.failure() { return .failing(reason: "HTTP: " + failure) }
        do {
            return .healthy(status: "Serving \(url); \(try status())")
        } catch {
            return .failing(reason: "database: \(error)")
        }
    }

    private static func log(_ now: ServiceSupervisor.Health, _ before: ServiceSupervisor.Health?, _ logger: Logger) {
        switch (now, before) {
        case (.failing(let reason), _):
            logger.warning("watchdog: not answering (\(reason)); no WATCHDOG=1 sent, systemd restarts the service if this lasts")
        case (.healthy, .failing?):
            logger.notice("watchdog: answering again")
        case (.healthy, _):
            break
        }
    }

    private static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

import Configuration
import Glibc
import HTTPServer
import Logging
import PosterPDF
import Storage
import Systemd

/// What `vitrine serve` and `vitrine hub` share, so the two daemons live the same life: logging
/// at the configured level, signals taken on the main thread, the state directory locked, the
/// socket systemd passed (socket activation), `READY=1` once the HTTP server answers, `STATUS=`
/// and watchdog pings from a supervising thread, reload on SIGHUP, and an orderly stop: listener
/// closed, requests in flight finished, background threads stopped, then the database closed.
struct DaemonRuntime {
    /// Which daemon this is, for messages and its lock.
    struct Role {
        /// "vitrine serve", "vitrine hub".
        let command: String
        /// The systemd unit an operator restarts.
        let unit: String
        /// The lock file in the state directory (`vitrine admin restore` takes the kiosk's too).
        let lockFile: String
        /// How the log names it: "" for the kiosk, "hub " for the hub ("hub listening on …").
        let logPrefix: String

        static let kiosk = Role(command: "vitrine serve", unit: "vitrine", lockFile: StateLock.fileName, logPrefix: "")
        static let hub = Role(command: "vitrine hub", unit: "vitrine-hub", lockFile: "hub.lock", logPrefix: "hub ")
    }

    /// What a daemon runs besides the runtime: its HTTP handler over its database, and its
    /// background threads.
    struct Service {
        let handler: any HTTPHandler
        let database: Database
        /// `/healthz` answers 200 only while ready.
        let setReady: @Sendable (Bool) -> Void
        /// Given the HTTP server before it starts (the kiosk's `/metrics` reads its counters).
        var attach: (HTTPServer) -> Void = { _ in }
        /// Threads for handlers that run off libmicrohttpd's workers (the hub's dashboard).
        var offloadThreads = 0
        /// Threads of the idle lane beside it (`SCHED_IDLE`: the hub's password hashes).
        var idleOffloadThreads = 0
        /// Starts the background threads once the server answers; returns how to stop them (each
        /// stop waits for its thread), called before the database closes.
        let startBackground: () -> [() -> Void]
        /// The daemon's part of the status line; it reads the database, so it also checks it.
        let status: @Sendable () throws -> String
        /// Said in the "listening on" line, e.g. "(state in ./var, 30 UI files)".
        let startedDetail: String
    }

    let config: ResolvedConfig
    let role: Role
    let levels: LogLevelControl
    let logger: Logger
    let signals: SignalWaiter
    let notifier: ServiceNotifier
    /// The listening socket systemd passed, if any: `address` and `port` are then unused.
    let listener: Int32?

    /// Logging, signals (blocked before any thread starts), the notify socket and any passed
    /// listener.
    init(config: ResolvedConfig, role: Role) throws(CLIError) {
        self.config = config
        self.role = role
        levels = LogLevelControl(Logger.Level(rawValue: config[Keys.logLevel]) ?? .info)
        logger = LogSetup.bootstrap(control: levels)
        PosterPDF.renderInChildren(executable: RenderSheet.executable)
        signals = SignalWaiter(signals: [SIGTERM, SIGINT, SIGHUP])
        notifier = ServiceNotifier.fromEnvironment()
        listener = try Self.passedListener(logger)
    }

    /// The state directory, created if missing and locked for this process's life, so a second
    /// daemon on it (or a restore under it) is refused with exit 75.
    func lockStateDirectory() throws(CLIError) -> StateLock {
        let directory = config[Keys.stateDirectory]
        try StateStore.makeDirectory(directory)
        return try StateLock.acquire(directory: directory, file: role.lockFile,
                                     holder: "another '\(role.command)'\(role.lockFile == StateLock.fileName ? " or an 'admin restore'" : "")",
                                     unit: role.unit)
    }

    /// Serves until SIGTERM or SIGINT, then stops in order; closes the database in every case.
    func run(_ service: Service) throws(CLIError) {
        var settings = ServerSettings.from(config)
        settings.listenSocket = listener
        settings.offloadThreads = service.offloadThreads
        settings.idleOffloadThreads = service.idleOffloadThreads
        let server = HTTPServer(configuration: settings, handler: service.handler, logger: logger)
        service.attach(server)
        do {
            try server.start()
        } catch {
            service.database.close()
            throw CLIError(String(describing: error), exitCode: .unavailable)
        }
        service.setReady(true)
        checkIntegrityInBackground(service.database)
        let stops = service.startBackground()
        let endpoint = listener.flatMap(BoundAddress.of) ?? (config[Keys.address], server.port)
        let url = URLText.http(endpoint.address, endpoint.port)
        logger.notice("\(role.logPrefix)listening on \(url)\(listener == nil ? "" : " (socket from systemd)") \(service.startedDetail)")
        let supervision = DaemonSupervision(notifier: notifier, url: url,
                                            probe: LoopbackProbe(address: endpoint.address, port: endpoint.port, timeoutMilliseconds: 1000),
                                            status: service.status, logger: logger)
        notifier.ready(status: supervision.currentStatus())
        let supervisor = supervision.start()
        var reload = ConfigReload(started: config, levels: levels, unit: role.unit)
        waitForStop { notifier.reloading(); reload.reload(logger); notifier.ready(status: supervision.currentStatus()) }
        supervisor?.stop()
        let grace = config[Keys.shutdownGrace]
        notifier.stopping(status: "Stopping: finishing requests in flight (up to \(grace) s)")
        service.setReady(false)
        let unfinished = server.stop(grace: Double(grace))
        if unfinished > 0 { logger.warning("stopped with \(unfinished) request(s) unfinished") }
        for stop in stops { stop() }
        service.database.close()
        logger.notice("\(role.logPrefix)stopped")
    }

    /// The full integrity check after the start (which checks only the header and the schema,
    /// so a daemon answers at once whatever the size of its file), its verdict in the log, the
    /// status line and the metrics.
    private func checkIntegrityInBackground(_ database: Database) {
        let logger = logger
        database.checkIntegrityInBackground { result in
            switch result {
            case .success(["ok"]): logger.notice("integrity_check ok")
            case .success(let findings): logger.critical("integrity_check: \(findings.prefix(5).joined(separator: "; ")) (vitrine admin check)")
            case .failure(let error): logger.critical("integrity_check could not run: \(error)")
            }
        }
    }

    /// Waits for SIGTERM or SIGINT; SIGHUP reloads the configuration and goes on waiting.
    private func waitForStop(reload: () -> Void) {
        while true {
            let signal = signals.wait()
            if signal == SIGHUP {
                logger.notice("SIGHUP: reloading the configuration")
                reload()
                continue
            }
            logger.notice("signal \(signal): stopping")
            return
        }
    }

    private static func passedListener(_ logger: Logger) throws(CLIError) -> Int32? {
        let descriptors: [Int32]
        do {
            descriptors = try SocketActivation.fromEnvironment()
        } catch {
            throw CLIError(error.description, exitCode: .unavailable)
        }
        if descriptors.count > 1 {
            logger.warning("systemd passed \(descriptors.count) sockets; serving on the first (descriptor \(descriptors[0])) only")
        }
        return descriptors.first
    }
}

import Configuration
import Glibc
import HTTPServer
import Kiosk
import Logging
import Printing
import QRCode
import Storage
import Systemd
import Upstream

/// The daemon's life: open, listen, tell systemd, wait for a signal, drain, close.
struct Daemon {
    let config: ResolvedConfig

    func run() throws(CLIError) {
        let levels = LogLevelControl(Logger.Level(rawValue: config.string("log_level")) ?? .info)
        let logger = LogSetup.bootstrap(control: levels)
        let signals = SignalWaiter(signals: [SIGTERM, SIGINT, SIGHUP])
        let notifier = ServiceNotifier.fromEnvironment()
        let settings = try kioskSettings()
        let listener = try passedListener(logger)
        let content = try JourneyContent.load(try ShippedDirectory.resolve("content_directory", in: config))
        let directory = config.string("state_directory")
        try StateStore.makeDirectory(directory)
        let lock = try StateLock.acquire(directory: directory, holder: "another 'vitrine serve' or an 'admin restore'")
        defer { withExtendedLifetime(lock) {} }
        let database = try StateStore.open(directory: directory, config: config)
        let ui = try loadUI()
        let api = try loadAPIDocument()
        let app = KioskApp(ui: ui, api: api, database: database, content: content.library, privacy: content.privacy,
                           settings: settings, logger: logger)
        var serverConfiguration = ServerSettings.from(config)
        serverConfiguration.listenSocket = listener
        let server = HTTPServer(configuration: serverConfiguration, handler: app, logger: logger)
        do {
            try server.start()
        } catch {
            database.close()
            throw CLIError(String(describing: error), exitCode: .unavailable)
        }
        app.markReady()
        let upstream: Sender?
        do {
            upstream = try UpstreamSetup.start(config: config, database: database, logger: logger)
        } catch {
            _ = server.stop(grace: 0)
            database.close()
            throw error
        }
        let endpoint = listener.flatMap(BoundAddress.of) ?? (config.string("address"), server.port)
        let url = URLText.http(endpoint.address, endpoint.port)
        logger.notice("listening on \(url)\(listener == nil ? "" : " (socket from systemd)") (state in \(directory), \(ui.paths.count) UI files)")
        let status = ServeSupervision(notifier: notifier, database: database, url: url,
                                      probe: LoopbackProbe(address: endpoint.address, port: endpoint.port, timeoutMilliseconds: 1000),
                                      hubConfigured: !config.string("hub_url").isEmpty, logger: logger)
        notifier.ready(status: status.currentStatus())
        let supervisor = status.start()
        var reload = ConfigReload(started: config, levels: levels)
        waitForStop(signals, logger) { notifier.reloading(); reload.reload(logger); notifier.ready(status: status.currentStatus()) }
        supervisor?.stop()
        notifier.stopping(status: "Stopping: finishing requests in flight (up to \(config.integer("shutdown_grace")) s)")
        app.markReady(false)
        let unfinished = server.stop(grace: Double(config.integer("shutdown_grace")))
        if unfinished > 0 { logger.warning("stopped with \(unfinished) request(s) unfinished") }
        upstream?.stop()
        database.close()
        logger.notice("stopped")
    }

    /// Waits for SIGTERM or SIGINT; SIGHUP reloads the configuration and goes on waiting.
    private func waitForStop(_ signals: SignalWaiter, _ logger: Logger, reload: () -> Void) {
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

    /// The listening socket systemd passed (socket activation), if any: `address` and `port`
    /// are then unused, since systemd owns the socket.
    private func passedListener(_ logger: Logger) throws(CLIError) -> Int32? {
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

    private func loadUI() throws(CLIError) -> StaticFiles {
        let root = try ShippedDirectory.resolve("ui_directory", in: config)
        do {
            return try StaticFiles(root: root)
        } catch {
            throw CLIError(String(describing: error), exitCode: .io)
        }
    }

    private func loadAPIDocument() throws(CLIError) -> APIDocument {
        let path = try ShippedDirectory.resolve("api_document", in: config, kind: .file)
        do {
            return try APIDocument(path: path)
        } catch {
            throw CLIError("api_document: \(error)", exitCode: .data)
        }
    }

    private func kioskSettings() throws(CLIError) -> KioskSettings {
        var settings = KioskSettings()
        settings.idleSeconds = config.integer("session_idle_seconds")
        settings.countdownSeconds = config.integer("idle_countdown_seconds")
        settings.pinAttempts = config.integer("pin_attempts")
        settings.pinLockoutSeconds = config.integer("pin_lockout_seconds")
        settings.publicBaseURL = config.string("public_base_url")
        settings.kioskID = config.string("kiosk_id")
        settings.kioskLabel = config.string("kiosk_label")
        settings.qrCorrection = ErrorCorrection(rawValue: config.string("qr_error_correction")) ?? .medium
        settings.qrModulePixels = config.integer("qr_module_pixels")
        let printer = config.string("receipt_printer")
        settings.receiptPrinter = printer.isEmpty ? nil : printer
        settings.receiptDots = config.string("receipt_paper_mm") == "80" ? 576 : 384
        let queue = config.string("printer")
        guard queue.isEmpty || PrintServer.isQueueName(queue) else {
            throw CLIError("printer: '\(queue)' is not a CUPS queue name (letters, digits, '-', '_', '.')", exitCode: .configuration)
        }
        settings.printer = queue.isEmpty ? nil : queue
        return settings
    }
}

enum URLText {
    static func http(_ address: String, _ port: Int) -> String {
        address.contains(":") ? "http://[\(address)]:\(port)" : "http://\(address):\(port)"
    }
}

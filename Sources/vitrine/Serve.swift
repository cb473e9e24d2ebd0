import Configuration
import Glibc
import HTTPServer
import Kiosk
import Logging
import QRCode
import Storage
import Systemd

/// The daemon's life: open, listen, wait for a signal, drain, close.
struct Daemon {
    let config: ResolvedConfig

    func run() throws(CLIError) {
        let logger = LogSetup.bootstrap(level: config.string("log_level"))
        let signals = SignalWaiter(signals: [SIGTERM, SIGINT, SIGHUP])
        let content = try JourneyContent.load(config.string("content_directory"))
        let database = try StateStore.open(directory: config.string("state_directory"), config: config)
        let ui = try loadUI()
        let app = KioskApp(ui: ui, database: database, content: content.library, privacy: content.privacy,
                           settings: kioskSettings(), logger: logger)
        let server = HTTPServer(configuration: serverConfiguration(), handler: app, logger: logger)
        do {
            try server.start()
        } catch {
            database.close()
            throw CLIError(String(describing: error), exitCode: .unavailable)
        }
        app.markReady()
        logger.notice("listening on \(URLText.http(config.string("address"), server.port)) (state in \(config.string("state_directory")), \(ui.paths.count) UI files)")
        waitForStop(signals, logger)
        app.markReady(false)
        let unfinished = server.stop(grace: Double(config.integer("shutdown_grace")))
        if unfinished > 0 { logger.warning("stopped with \(unfinished) request(s) unfinished") }
        database.close()
        logger.notice("stopped")
    }

    private func waitForStop(_ signals: SignalWaiter, _ logger: Logger) {
        while true {
            let signal = signals.wait()
            if signal == SIGHUP {
                logger.notice("SIGHUP: live reload is not supported yet; restart to apply configuration changes")
                continue
            }
            logger.notice("signal \(signal): stopping")
            return
        }
    }

    private func loadUI() throws(CLIError) -> StaticFiles {
        do {
            return try StaticFiles(root: config.string("ui_directory"))
        } catch {
            throw CLIError(String(describing: error), exitCode: .io)
        }
    }

    private func kioskSettings() -> KioskSettings {
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
        return settings
    }

    private func serverConfiguration() -> ServerConfiguration {
        var server = ServerConfiguration()
        server.address = config.string("address")
        server.port = config.integer("port")
        server.threads = config.integer("threads")
        server.maxConnections = config.integer("max_connections")
        server.maxConnectionsPerIP = config.integer("max_connections_per_ip")
        server.idleTimeout = config.integer("idle_timeout")
        server.requestTimeout = config.integer("request_timeout")
        server.maxBodyBytes = config.integer("max_body_bytes")
        server.memoryPerConnection = config.integer("memory_per_connection")
        return server
    }
}

enum URLText {
    static func http(_ address: String, _ port: Int) -> String {
        address.contains(":") ? "http://[\(address)]:\(port)" : "http://\(address):\(port)"
    }
}

import Configuration
import Glibc
import HTTPServer
import Kiosk
import Logging
import Printing
import QRCode
import ReportProtocol
import Storage
import Systemd
import ReportOutbox

/// `vitrine serve`: the kiosk's content, database, UI and app, and the sender to the hub, run
/// by the daemon runtime it shares with the hub.
struct Daemon {
    let config: ResolvedConfig

    func run() throws(CLIError) {
        let runtime = try DaemonRuntime(config: config, role: .kiosk)
        let settings = try kioskSettings()
        let content = try JourneyContent.load(try ShippedPath.resolve(Keys.contentDirectory, in: config))
        let upstream = try UpstreamSetup.settings(config)
        let ui = try loadUI()
        let api = try loadAPIDocument()
        let lock = try runtime.lockStateDirectory()
        defer { withExtendedLifetime(lock) {} }
        let directory = config[Keys.stateDirectory]
        let database = try StateStore.open(directory: directory, config: config)
        database.startPeriodicCheckpoints(intervalSeconds: StateStore.checkpointSeconds)
        let app = KioskApp(ui: ui, api: api, database: database, content: content.library, privacy: content.privacy,
                           settings: settings, logger: runtime.logger)
        let logger = runtime.logger
        let hubConfigured = upstream != nil
        if !PublicAddress.isReady(settings.publicBaseURL) { logger.warning("demonstration mode: \(PublicAddress.staffAdvice)") }
        try runtime.run(DaemonRuntime.Service(
            handler: app, database: database, setReady: { app.markReady($0) },
            attach: { server in app.reportServerMetrics { [weak server] in server?.metricsText ?? "" } },
            offloadThreads: KioskApp.offloadThreads,
            startBackground: {
                guard let sender = UpstreamSetup.start(upstream, database: database, feedback: { app.receive($0) },
                                                       logger: logger) else { return [] }
                app.whenOwnerResumes { sender.requestFeedback() }
                return [{ sender.stop() }]
            },
            status: { try database.read(DeliverySummary.read).describe(hubConfigured: hubConfigured) },
            startedDetail: "(state in \(directory), \(ui.paths.count) UI files)"))
    }

    private func loadUI() throws(CLIError) -> StaticFiles {
        let root = try ShippedPath.resolve(Keys.uiDirectory, in: config)
        do {
            return try StaticFiles(root: root)
        } catch {
            throw CLIError(String(describing: error), exitCode: .io)
        }
    }

    private func loadAPIDocument() throws(CLIError) -> APIDocument {
        let path = try ShippedPath.resolve(Keys.apiDocument, in: config)
        do {
            return try APIDocument(path: path)
        } catch {
            throw CLIError("api_document: \(error)", exitCode: .data)
        }
    }

    private func kioskSettings() throws(CLIError) -> KioskSettings {
        var settings = KioskSettings()
        settings.idleSeconds = config[Keys.sessionIdleSeconds]
        settings.countdownSeconds = config[Keys.idleCountdownSeconds]
        settings.pinAttempts = config[Keys.pinAttempts]
        settings.pinLockoutSeconds = config[Keys.pinLockoutSeconds]
        settings.publicBaseURL = config[Keys.publicBaseURL].description
        settings.kioskID = config[Keys.kioskID]
        settings.kioskLabel = config[Keys.kioskLabel]
        settings.qrCorrection = ErrorCorrection(rawValue: config[Keys.qrErrorCorrection]) ?? .medium
        settings.qrModulePixels = config[Keys.qrModulePixels]
        settings.receiptPrinter = config[Keys.receiptPrinter]
        settings.receiptDots = config[Keys.receiptPaperMillimetres] == "80" ? 576 : 384
        if let queue = config[Keys.printer], !PrintServer.isQueueName(queue) {
            throw CLIError("printer: '\(queue)' is not a CUPS queue name (letters, digits, '-', '_', '.')", exitCode: .configuration)
        }
        settings.printer = config[Keys.printer]
        if let prefix = config[Keys.hubCodePrefix], !PosterCode.isPrefix(prefix) {
            throw CLIError("hub_code_prefix: '\(prefix)' is not a poster-code prefix (two of 0-9 and A-Z without I, L, O, U)",
                           exitCode: .configuration)
        }
        settings.codePrefix = CodePrefix(configured: config[Keys.hubCodePrefix], hasHub: config[Keys.hubURL] != nil)
        return settings
    }
}

enum URLText {
    static func http(_ address: String, _ port: Int) -> String {
        address.contains(":") ? "http://[\(address)]:\(port)" : "http://\(address):\(port)"
    }
}

import Configuration
import Glibc
import HTTPServer
import Kiosk
import Logging
import QRCode
import Storage
import Systemd
import ReportOutbox

/// `vitrine serve`: the kiosk's content, database, UI and app, and the sender to the hub, run
/// by the daemon runtime it shares with the hub.
struct Daemon {
    let config: ResolvedConfig

    func run() throws(CLIError) {
        let runtime = try DaemonRuntime(config: config, role: .kiosk)
        let content = try JourneyContent.load(try ShippedDirectory.resolve(Keys.contentDirectory, in: config))
        let upstream = try UpstreamSetup.settings(config)
        let lock = try runtime.lockStateDirectory()
        defer { withExtendedLifetime(lock) {} }
        let ui = try loadUI()
        let directory = config[Keys.stateDirectory]
        let database = try StateStore.open(directory: directory, config: config)
        let app = KioskApp(ui: ui, database: database, content: content.library, privacy: content.privacy,
                           settings: kioskSettings(), logger: runtime.logger)
        let logger = runtime.logger
        let hubConfigured = upstream != nil
        try runtime.run(DaemonRuntime.Service(
            handler: app, database: database, setReady: { app.markReady($0) },
            startBackground: {
                guard let sender = UpstreamSetup.start(upstream, database: database, logger: logger) else { return [] }
                return [{ sender.stop() }]
            },
            status: { try database.read(DeliverySummary.read).describe(hubConfigured: hubConfigured) },
            startedDetail: "(state in \(directory), \(ui.paths.count) UI files)"))
    }

    private func loadUI() throws(CLIError) -> StaticFiles {
        let root = try ShippedDirectory.resolve(Keys.uiDirectory, in: config)
        do {
            return try StaticFiles(root: root)
        } catch {
            throw CLIError(String(describing: error), exitCode: .io)
        }
    }

    private func kioskSettings() -> KioskSettings {
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
        return settings
    }
}

enum URLText {
    static func http(_ address: String, _ port: Int) -> String {
        address.contains(":") ? "http://[\(address)]:\(port)" : "http://\(address):\(port)"
    }
}

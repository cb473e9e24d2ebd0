import Configuration
import Glibc
import HTTPServer
import Hub
import Kiosk
import Logging
import Storage
import Systemd

/// The hub's life: open its database, listen, refresh the static export now and then, wait
/// for a signal, drain, close.
struct HubDaemon {
    static let fileName = "hub.sqlite"
    /// How often retention is applied and static pages are rewritten.
    static let maintenanceSeconds: UInt32 = 600
    let config: ResolvedConfig

    static func openDatabase(_ config: ResolvedConfig) throws(CLIError) -> Database {
        let directory = config.string("state_directory")
        try StateStore.makeDirectory(directory)
        do {
            return try Database.open(path: directory + "/" + fileName, migrations: HubSchema.migrations,
                                     busyTimeoutMilliseconds: config.integer("busy_timeout_ms"))
        } catch {
            throw CLIError(String(describing: error), exitCode: .data)
        }
    }

    func run() throws(CLIError) {
        let logger = LogSetup.bootstrap(level: config.string("log_level"))
        let signals = SignalWaiter(signals: [SIGTERM, SIGINT, SIGHUP])
        let notifier = ServiceNotifier.fromEnvironment()
        let contentDirectory = try ShippedDirectory.resolve("content_directory", in: config)
        let content = try JourneyContent.load(contentDirectory)
        let database = try Self.openDatabase(config)
        var settings = HubSettings()
        settings.version = Version.current
        do {
            settings.targets = try HubTargets.load(directory: contentDirectory, content: content.library.french)
        } catch {
            database.close()
            throw CLIError("content: \(error)", exitCode: .data)
        }
        settings.publicBaseURL = config.string("public_base_url")
        let export = config.string("hub_export_directory")
        settings.exportDirectory = export.isEmpty ? nil : export
        let app = HubApp(database: database, content: content.library, settings: settings, logger: logger)
        let server = HTTPServer(configuration: ServerSettings.from(config), handler: app, logger: logger)
        do {
            try server.start()
        } catch {
            database.close()
            throw CLIError(String(describing: error), exitCode: .unavailable)
        }
        app.markReady()
        startMaintenance(app, retentionDays: config.integer("hub_retention_days"))
        let url = URLText.http(config.string("address"), server.port)
        logger.notice("hub listening on \(url) (state in \(config.string("state_directory")))")
        _ = notifier.ready(status: "Hub serving \(url)")
        while true {
            let signal = signals.wait()
            if signal != SIGHUP { break }
            logger.notice("SIGHUP: the hub re-reads nothing live; restart it to apply configuration changes")
        }
        _ = notifier.stopping(status: "Stopping: finishing requests in flight")
        app.markReady(false)
        _ = server.stop(grace: Double(config.integer("shutdown_grace")))
        database.close()
        logger.notice("hub stopped")
    }

    /// Every ten minutes, on a thread of its own: personal data past the retention period is
    /// forgotten, and the exported pages are rewritten (their "open now" line ages).
    private func startMaintenance(_ app: HubApp, retentionDays: Int) {
        let job = Maintenance(app: app, retentionDays: retentionDays)
        job.run()
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        if pthread_create(&thread, nil, { context in
            let job = Unmanaged<Maintenance>.fromOpaque(context!).takeRetainedValue()
            while true {
                sleep(HubDaemon.maintenanceSeconds)
                job.run()
            }
        }, context) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Maintenance>.fromOpaque(context).release()
        }
    }
}

/// The hub's periodic work.
final class Maintenance: Sendable {
    let app: HubApp
    let retentionDays: Int

    init(app: HubApp, retentionDays: Int) {
        self.app = app
        self.retentionDays = retentionDays
    }

    func run() {
        app.purgeExpired(retentionDays: retentionDays)
        app.refreshExport()
    }
}

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
        database.startPeriodicCheckpoints(intervalSeconds: StateStore.checkpointSeconds)
        do {
            try database.write { try $0.execute(HubSchema.writerCache) }
            try SummaryBackfill.run(database, logger: logger)
        } catch {
            database.close()
            throw CLIError("dashboard summaries: \(error)", exitCode: .data)
        }
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
        var serverConfiguration = ServerSettings.from(config)
        serverConfiguration.offloadThreads = HubApp.offloadThreads
        let server = HTTPServer(configuration: serverConfiguration, handler: app, logger: logger)
        do {
            try server.start()
        } catch {
            database.close()
            throw CLIError(String(describing: error), exitCode: .unavailable)
        }
        app.markReady()
        let url = URLText.http(config.string("address"), server.port)
        logger.notice("hub listening on \(url) (state in \(config.string("state_directory")))")
        _ = notifier.ready(status: "Hub serving \(url)")
        startMaintenance(app, retentionDays: config.integer("hub_retention_days"), notifier: notifier, serving: "Hub serving \(url)")
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

    /// On a thread of its own: first the database's full integrity check (a start checks only
    /// the header and the schema, so that the hub answers at once whatever the size of its
    /// file), its result in the log and in the unit's status; then every ten minutes, personal
    /// data past the retention period is forgotten and the exported pages whose "open now" line
    /// turned are rewritten.
    private func startMaintenance(_ app: HubApp, retentionDays: Int, notifier: ServiceNotifier, serving: String) {
        let job = Maintenance(app: app, retentionDays: retentionDays, notifier: notifier, serving: serving)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        if pthread_create(&thread, nil, { context in
            let job = Unmanaged<Maintenance>.fromOpaque(context!).takeRetainedValue()
            job.checkIntegrity()
            while true {
                job.run()
                sleep(HubDaemon.maintenanceSeconds)
            }
        }, context) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Maintenance>.fromOpaque(context).release()
        }
    }
}

/// The hub's background work.
final class Maintenance: Sendable {
    let app: HubApp
    let retentionDays: Int
    let notifier: ServiceNotifier
    /// The status line's first part ("Hub serving http://…").
    let serving: String

    init(app: HubApp, retentionDays: Int, notifier: ServiceNotifier, serving: String) {
        self.app = app
        self.retentionDays = retentionDays
        self.notifier = notifier
        self.serving = serving
    }

    func checkIntegrity() {
        let verdict = app.checkIntegrity() ? "database integrity ok" : "DATABASE INTEGRITY CHECK FAILED (see the log; vitrine admin check --hub)"
        _ = notifier.status(serving + "; " + verdict)
    }

    func run() {
        app.purgeExpired(retentionDays: retentionDays)
        app.refreshExport()
    }
}

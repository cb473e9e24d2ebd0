import Configuration
import Glibc
import HTTPServer
import Hub
import Kiosk
import Logging
import Storage
import Systemd

/// `vitrine hub`: its content, database and app, and a maintenance thread (retention, static
/// export), run by the daemon runtime it shares with `serve`.
struct HubDaemon {
    static let fileName = "hub.sqlite"
    /// How often retention is applied and static pages are rewritten (first at start).
    static let maintenanceSeconds = 600.0
    let config: ResolvedConfig

    static func openDatabase(_ config: ResolvedConfig) throws(CLIError) -> Database {
        let directory = config[Keys.stateDirectory]
        try StateStore.makeDirectory(directory)
        do {
            return try Database.open(path: directory + "/" + fileName, migrations: HubSchema.migrations,
                                     busyTimeoutMilliseconds: config[Keys.busyTimeoutMilliseconds])
        } catch {
            throw CLIError(String(describing: error), exitCode: .data)
        }
    }

    func run() throws(CLIError) {
        let runtime = try DaemonRuntime(config: config, role: .hub)
        let contentDirectory = try ShippedPath.resolve(Keys.contentDirectory, in: config)
        let content = try JourneyContent.load(contentDirectory)
        var settings = HubSettings()
        settings.version = Version.current
        do {
            settings.targets = try HubTargets.load(directory: contentDirectory, content: content.library.french)
        } catch {
            throw CLIError("content: \(error)", exitCode: .data)
        }
        settings.publicBaseURL = config[Keys.publicBaseURL].description
        settings.exportDirectory = config[Keys.hubExportDirectory]
        let lock = try runtime.lockStateDirectory()
        defer { withExtendedLifetime(lock) {} }
        let database = try Self.openDatabase(config)
        database.startPeriodicCheckpoints(intervalSeconds: StateStore.checkpointSeconds)
        do {
            try database.write { (connection) throws(StorageError) in try connection.execute(HubSchema.writerCache) }
            try SummaryBackfill.run(database, logger: runtime.logger)
        } catch {
            database.close()
            throw CLIError("dashboard summaries: \(error)", exitCode: .data)
        }
        let app = HubApp(database: database, content: content.library, settings: settings, logger: runtime.logger)
        let retentionDays = config[Keys.hubRetentionDays]
        let logger = runtime.logger
        try runtime.run(DaemonRuntime.Service(
            handler: app, database: database, setReady: { app.markReady($0) }, offloadThreads: HubApp.offloadThreads,
            idleOffloadThreads: HubApp.idleOffloadThreads,
            startBackground: {
                let maintenance = PeriodicThread(every: Self.maintenanceSeconds) {
                    app.purgeExpired(retentionDays: retentionDays)
                    app.refreshExport()
                }
                guard maintenance.start() else {
                    logger.error("hub: cannot start the maintenance thread (retention, static export)")
                    return []
                }
                return [maintenance.stop]
            },
            status: { try Self.status(database) + database.integrityVerdict.statusSuffix },
            startedDetail: "(state in \(config[Keys.stateDirectory]))"))
    }

    /// "2 kiosks, 14 pages published": read from the database, which it thereby checks.
    static func status(_ database: Database) throws -> String {
        try database.read { (connection) throws(StorageError) in
            let kiosks = try connection.query("SELECT count(*) FROM kiosks").first?.int(0) ?? 0
            let pages = try connection.query("SELECT count(*) FROM pages").first?.int(0) ?? 0
            return "\(kiosks) kiosk\(kiosks == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s") published"
        }
    }
}

extension IntegrityVerdict {
    /// The verdict as the hub's status line ends.
    var statusSuffix: String {
        switch self {
        case .notChecked: return "; integrity check running"
        case .sound: return "; database integrity ok"
        case .damaged: return "; DATABASE INTEGRITY CHECK FAILED (see the log; vitrine admin check --hub)"
        }
    }
}

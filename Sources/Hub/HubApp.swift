import HTTPServer
import Logging
import Onboarding
import PublicPages
import Storage
import Synchronization
import Time

/// The CCI hub as an HTTP application: report ingest for the kiosks, the public pages for
/// customers' phones, `/healthz`, and the dashboard for the CCI's staff.
public final class HubApp: HTTPHandler {
    let services: HubServices
    private let router: Router
    private let ready = Atomic<Bool>(false)

    public init(database: Database, content: ContentLibrary, settings: HubSettings, logger: Logger) {
        services = HubServices(database: database, content: content, settings: settings, logger: logger)
        router = HubRoutes.make(services)
    }

    /// Threads of the server's shared offload pool, where dashboard pages, exports and the
    /// database side of logins run (2: staff are few; the workers stay free for ingest and the
    /// public pages).
    public static let offloadThreads = 2
    /// Threads of the idle lane (`SCHED_IDLE`), where password hashes run: one, so that with
    /// two cores one always stays for the workers, and idle, so that even that one is taken
    /// only when nothing else wants it.
    public static let idleOffloadThreads = 1

    /// `/healthz` answers 503 until the database and the listener are up.
    public func markReady(_ value: Bool = true) { ready.store(value, ordering: .releasing) }

    public func respond(to request: Request) -> Reply {
        if request.path == "/healthz" {
            let up = ready.load(ordering: .acquiring)
            return .response(.json(#"{"status":"\#(up ? "ok" : "starting")","version":"\#(services.settings.version)"}"#, status: up ? 200 : 503))
        }
        switch router.route(request) {
        case .success(let reply)?: return reply
        case .failure(let error)?: return .response(.error(error))
        case nil: return .response(.error(.notFound("No resource at \(request.path).")))
        }
    }

    /// The fast path (`HTTPHandler.prepared(_:)`): public pages and their default QR codes still
    /// fresh in the page cache, found from the raw path, as the router's public routes would find
    /// them (their cache key is the path). `/healthz` is built per request, on the normal path.
    public func prepared(_ get: PlainGet) -> PreparedResponse? {
        services.site.cache.fresh(get)
    }

    /// Forgets the owners past the retention period, then takes their pages down everywhere.
    public func purgeExpired(retentionDays: Int) {
        do {
            let slugs = try HubRetention(database: services.database, days: retentionDays).purge()
            guard !slugs.isEmpty else { return }
            services.generation.bump()
            if let export = services.export { slugs.forEach { export.refresh($0) } }
            services.logger.notice("retention: \(slugs.count) page(s) taken down with their owners' data")
        } catch {
            services.logger.error("retention: \(error)")
        }
    }

    /// Rewrites the static files of the pages whose "open now" line has turned since they were
    /// written (and, at the first round, of every page: files may be older than this process).
    public func refreshExport() {
        guard let export = services.export, let slugs = try? services.publishedSlugs() else { return }
        let written = export.refreshStale(slugs)
        if written > 0 { services.logger.info("static export: \(written) page(s) rewritten") }
    }

    /// The routes the router knows, for tests.
    public var routes: [(method: HTTPMethod, path: String)] { router.routes }
}

/// What the hub is told by its configuration.
public struct HubSettings: Sendable {
    /// The running vitrine's version, for `/healthz` (the binary's, given by the CLI).
    public var version = ""
    /// Where phones reach the public pages (this hub's public address).
    public var publicBaseURL = "http://127.0.0.1:8080"
    /// Where pages are also written as static files; nil: nowhere.
    public var exportDirectory: String?
    /// What the dashboard measures progress against (`HubTargets.load`, at start).
    public var targets: HubTargets = .none
    /// PBKDF2 rounds for staff passwords (lower only in tests, where hashing is unoptimized).
    public var passwordIterations = AdminAccounts.iterations

    public init() {}
}

/// Everything the hub's routes need, built once.
struct HubServices: Sendable {
    let database: Database
    let ingest: Ingest
    let feedback: Feedback
    let kiosks: Kiosks
    let site: PublicSite
    let generation: Generation
    let export: StaticExport?
    let settings: HubSettings
    let logger: Logger
    /// French: dimension names for the dashboard, levels and trainings for the passport page.
    let content: Content

    init(database: Database, content: ContentLibrary, settings: HubSettings, logger: Logger) {
        self.database = database
        ingest = Ingest(database: database, logger: logger)
        kiosks = Kiosks(database: database)
        feedback = Feedback(database: database, kiosks: kiosks, logger: logger)
        generation = Generation()
        let site = PublicSite(source: HubShopSource(database: database),
                              settings: PublicSiteSettings(publicBaseURL: settings.publicBaseURL, qrCorrection: .medium, qrModulePixels: 10,
                                                           identity: content.identity),
                              content: content.french, cache: PageCache(generation: generation), logger: logger)
        self.site = site
        export = settings.exportDirectory.map { StaticExport(directory: $0, site: site, logger: logger) }
        self.settings = settings
        self.logger = logger
        self.content = content.french
    }

    func publishedSlugs() throws -> [String] {
        try database.read { (connection) throws(StorageError) in try connection.query("SELECT slug FROM pages ORDER BY slug", as: "page slugs") { $0.string(0) } }
    }
}

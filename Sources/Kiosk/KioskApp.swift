import HTTPServer
import Logging
import Onboarding
import Printing
import PublicPages
import ReportProtocol
import Storage
import Synchronization

/// The kiosk as an HTTP application: the touch UI's files, `/healthz`, and the JSON API.
///
/// The hot paths are answered without routing: a plain `GET` of `/healthz`, a UI file, or a
/// public page or default QR code still fresh in the page cache is found from its raw path before
/// any decoding (`prepared(_:)`); the same look-ups come first in `respond(to:)` for the requests
/// that miss it (a query, a percent-encoded path). Everything else goes through the router. Unknown paths get the JSON 404 of the fixed points.
public final class KioskApp: HTTPHandler {
    private let ui: StaticFiles
    private let pages: PageCache
    private let router: Router
    private let ready = Atomic<Bool>(false)
    private let healthy: PreparedResponse?
    private let logger: Logger
    private let database: Database
    /// The printer `/metrics` reports on (the print routes have their own, in `KioskServices`).
    private let printer: PrintServer
    private let serverMetrics = Mutex<(@Sendable () -> String)?>(nil)
    private let feedback: HubFeedback
    private let resumed: ResumeSignal

    /// Threads for routes that run off libmicrohttpd's workers: speech synthesis (an espeak-ng
    /// child, tens of milliseconds) must not hold a worker the touch UI is waiting on.
    public static let offloadThreads = 1

    public init(ui: StaticFiles, api: APIDocument, database: Database, content: ContentLibrary, privacy: PrivacyNotices,
                settings: KioskSettings = KioskSettings(), logger: Logger) {
        self.ui = ui
        self.logger = logger
        self.database = database
        printer = PrintServer(queue: settings.printer)
        let services = KioskServices(database: database, content: content, privacy: privacy, settings: settings, logger: logger)
        self.pages = services.site.cache
        feedback = services.feedback
        resumed = services.resumed
        self.router = KioskRoutes.make(services, document: api)
        self.healthy = PreparedResponse(Response.json(#"{"status":"ok","version":"\#(Version.current)"}"#))
    }

    /// `/healthz` answers 503 until this is called, once the database and listener are up.
    public func markReady(_ value: Bool = true) { ready.store(value, ordering: .releasing) }

    /// What the HTTP server says about its connections, appended to `/metrics`.
    public func reportServerMetrics(_ source: @escaping @Sendable () -> String) {
        serverMetrics.withLock { $0 = source }
    }

    public func respond(to request: Request) -> Reply {
        if request.path == "/healthz" { return health(request) }
        if request.path == "/metrics" {
            return KioskMetrics.reply(request, database: database, server: serverMetrics.withLock { $0 }?() ?? "",
                                      printer: { PrinterMetrics.text(printer) })
        }
        let readOnly = request.method == .get || request.method == .head
        if let reply = ui.reply(for: request) {
            return readOnly ? reply : .response(.error(.methodNotAllowed([.get, .head])))
        }
        if readOnly, request.query.isEmpty, let reply = pages.fresh(request.path, request) { return reply }
        switch router.route(request) {
        case .success(let reply)?: return reply
        case .failure(let error)?: return .response(.error(error))
        case nil: return .response(.error(.notFound("No resource at \(request.path).")))
        }
    }

    /// Stores what the hub answered to the kiosk's signed feedback request (the sender's thread).
    public func receive(_ answer: KioskFeedback) {
        do {
            try feedback.store(answer)
        } catch {
            logger.error("hub feedback not stored: \(error)")
        }
    }

    /// `action` runs each time an owner resumes (the daemon asks the hub for fresh feedback).
    public func whenOwnerResumes(_ action: @escaping @Sendable () -> Void) { resumed.set(action) }

    /// The fast path (`HTTPHandler.prepared(_:)`): `/healthz` once ready, UI files and fresh public
    /// pages, found from the raw path, in the order `respond(to:)` tries them.
    public func prepared(_ get: PlainGet) -> PreparedResponse? {
        if get.isPath("/healthz") { return ready.load(ordering: .acquiring) ? healthy : nil }
        if get.isPath("/metrics") { return nil }
        return ui.prepared(get) ?? pages.fresh(get)
    }

    /// The routes the router knows, for the OpenAPI consistency test.
    public var routes: [(method: HTTPMethod, path: String)] { router.routes }

    private func health(_ request: Request) -> Reply {
        guard request.method == .get || request.method == .head else {
            return .response(.error(.methodNotAllowed([.get, .head])))
        }
        guard ready.load(ordering: .acquiring), let healthy else {
            return .response(.json(#"{"status":"starting","version":"\#(Version.current)"}"#, status: 503))
        }
        return .prepared(healthy)
    }
}

import HTTPServer
import Logging
import Onboarding
import Printing
import PublicPages
import Speech
import Storage
import Tokens

/// Everything the routes need, built once at start.
struct KioskServices: Sendable {
    let sessions: VisitorSessions
    let owners: Owners
    let progress: Progress
    let advisors: AdvisorRequests
    let shops: Shops
    let codes: PosterCodes
    /// What the hub last answered to the kiosk's signed feedback request.
    let feedback: HubFeedback
    /// Rung when an owner resumes (the daemon then asks the hub for fresh feedback).
    let resumed = ResumeSignal()
    /// The public pages (`/s/…`, `/d/…`) as this kiosk previews them.
    let site: PublicSite
    let content: ContentLibrary
    let privacy: PrivacyNotices
    /// The CUPS queue posters and slips go to, and the jobs submitted there.
    let printer: PrintServer
    let printJobs = PrintJobs()
    let speaker = Speaker()
    let settings: KioskSettings
    let logger: Logger

    init(database: Database, content: ContentLibrary, privacy: PrivacyNotices, settings: KioskSettings, logger: Logger) {
        sessions = VisitorSessions(database: database, settings: settings)
        owners = Owners(database: database, settings: settings)
        progress = Progress(database: database)
        advisors = AdvisorRequests(database: database)
        let generation = Generation()
        shops = Shops(database: database, generation: generation)
        codes = PosterCodes(database: database, prefix: settings.codePrefix, kioskID: settings.kioskID)
        feedback = HubFeedback(database: database, generation: generation)
        site = PublicSite(source: KioskShopSource(shops: shops, codes: codes, kioskID: settings.kioskID,
                                                  kioskLabel: settings.kioskLabel, logger: logger),
                          settings: PublicSiteSettings(publicBaseURL: settings.publicBaseURL, qrCorrection: settings.qrCorrection,
                                                       qrModulePixels: settings.qrModulePixels, identity: content.identity),
                          content: content.french, cache: PageCache(generation: generation), logger: logger)
        self.content = content
        self.privacy = privacy
        printer = PrintServer(queue: settings.printer)
        self.settings = settings
        self.logger = logger
    }

    /// The open session named in the path, after recording activity: 422 for a malformed id,
    /// 404 for an unknown one, 410 once it has ended (the UI then returns to its attract screen).
    func activeSession(_ request: Request) throws(HTTPError) -> VisitorSession {
        let id = try KioskRoutes.sessionID(request)
        if let session = try storage({ try sessions.touch(id) }) { return session }
        guard try storage({ try sessions.find(id) }) != nil else { throw .notFound("No session \(id).") }
        throw HTTPError(status: 410, code: "session_ended", message: "This visit has ended; start a new one.")
    }

    /// The owner linked to the session, if the visitor consented (or resumed).
    func ownerID(of session: VisitorSession) throws(HTTPError) -> String? {
        try storage { try sessions.ownerID(session.id) }
    }

    /// The content in the language asked by `?lang=` (French by default).
    func content(for request: Request) throws(HTTPError) -> (Content, Language) {
        let language = try KioskRoutes.language(request)
        return (content.content(for: language.rawValue), language)
    }

    /// A storage call answered through the one mapping (`StorageFailure`: logged, 503).
    func storage<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(HTTPError) -> T {
        try StorageFailure.answered(logger, body)
    }
}

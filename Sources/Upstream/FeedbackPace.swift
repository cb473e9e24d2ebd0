/// When the sender asks the hub for its feedback (`KioskFeedback`): at start, soon after an
/// owner resumes (the passport then shows fresh figures), and after a delivery at most every
/// few minutes; a failed fetch waits a minute before the next. A hub without the feedback
/// endpoint (one older than the kiosk, answering 404) is asked again only after an hour,
/// whatever happens meanwhile. Seconds are the wall clock's.
struct FeedbackPace: Sendable {
    /// How a fetch ended.
    enum Outcome: Sendable {
        case succeeded
        case failed
        /// The hub does not know the endpoint.
        case unsupported
    }

    /// Least time between two fetches asked by resumes, so a busy kiosk does not flood the hub.
    static let requestedSeconds: Int64 = 10
    /// Least time between two fetches that follow deliveries.
    static let deliveredSeconds: Int64 = 300
    /// Wait after a failed fetch, unless an owner asks.
    static let failedSeconds: Int64 = 60
    /// Wait after a hub answered that it has no feedback endpoint.
    static let unsupportedSeconds: Int64 = 3600

    private var lastTry: Int64?
    private var requested = false
    private var delivered = false
    private var failed = false
    private var unsupported = false

    /// An owner resumed: fetch soon.
    mutating func request() { requested = true }

    /// Events reached the hub: its figures may have moved.
    mutating func deliveredEvents() { delivered = true }

    /// Whether to fetch now.
    func isDue(now: Int64) -> Bool {
        guard let lastTry else { return true }
        let since = now - lastTry
        if since < 0 { return true }
        if unsupported { return since >= Self.unsupportedSeconds }
        if requested && since >= Self.requestedSeconds { return true }
        if delivered && since >= Self.deliveredSeconds { return true }
        return failed && since >= Self.failedSeconds
    }

    /// A fetch ran at `now`, and ended so.
    mutating func fetched(now: Int64, _ outcome: Outcome) {
        lastTry = now
        requested = false
        delivered = false
        failed = outcome == .failed
        unsupported = outcome == .unsupported
    }
}

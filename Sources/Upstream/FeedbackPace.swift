/// When the sender asks the hub for its feedback (`KioskFeedback`): at start, soon after an
/// owner resumes (the passport then shows fresh figures), and after a delivery at most every
/// few minutes; a failed fetch waits a minute before the next. Seconds are the wall clock's.
struct FeedbackPace: Sendable {
    /// Least time between two fetches asked by resumes, so a busy kiosk does not flood the hub.
    static let requestedSeconds: Int64 = 10
    /// Least time between two fetches that follow deliveries.
    static let deliveredSeconds: Int64 = 300
    /// Wait after a failed fetch, unless an owner asks.
    static let failedSeconds: Int64 = 60

    private var lastTry: Int64?
    private var requested = false
    private var delivered = false
    private var failed = false

    /// An owner resumed: fetch soon.
    mutating func request() { requested = true }

    /// Events reached the hub: its figures may have moved.
    mutating func deliveredEvents() { delivered = true }

    /// Whether to fetch now.
    func isDue(now: Int64) -> Bool {
        guard let lastTry else { return true }
        let since = now - lastTry
        if since < 0 { return true }
        if requested && since >= Self.requestedSeconds { return true }
        if delivered && since >= Self.deliveredSeconds { return true }
        return failed && since >= Self.failedSeconds
    }

    /// A fetch ran at `now`, and succeeded or not.
    mutating func fetched(now: Int64, succeeded: Bool) {
        lastTry = now
        requested = false
        delivered = false
        failed = !succeeded
    }
}

import Time

/// What the hub's dashboard shows, computed by the Hub module from its tables and rendered
/// here: plain values, so rendering needs no database and tests can build one by hand.
public struct DashboardFigures: Sendable {
    /// Visits per week, oldest first (the last 12 weeks, this one included).
    public var weeks: [WeekCount]
    public var totalVisits: Int
    public var funnel: Funnel
    /// One per dimension of the diagnostic, in the content's order.
    public var dimensions: [DimensionBands]
    /// Shops (owners, or visits without an owner) with a completed diagnostic.
    public var onboarded: Int
    public var targets: [TargetProgress]
    /// One page of open requests (oldest first), then the last ones done.
    public var advisorRequests: [AdvisorRequestRow]
    /// Which page of open requests is shown, and how many are open in all.
    public var requestPaging: Paging
    public var conflicts: [SlugConflictRow]
    public var kiosks: [KioskRow]
    /// The programme's outcome: what the printed posters brought (scans of their codes).
    public var posterScans: PosterScans

    public init(weeks: [WeekCount], totalVisits: Int, funnel: Funnel, dimensions: [DimensionBands], onboarded: Int,
                targets: [TargetProgress], advisorRequests: [AdvisorRequestRow], requestPaging: Paging, conflicts: [SlugConflictRow],
                kiosks: [KioskRow], posterScans: PosterScans = PosterScans(formats: [], weeks: [])) {
        self.weeks = weeks
        self.totalVisits = totalVisits
        self.funnel = funnel
        self.dimensions = dimensions
        self.onboarded = onboarded
        self.targets = targets
        self.advisorRequests = advisorRequests
        self.requestPaging = requestPaging
        self.conflicts = conflicts
        self.kiosks = kiosks
        self.posterScans = posterScans
    }

    /// Open call-back requests are shown a page at a time (`?rappels=N`), oldest first.
    public struct Paging: Sendable, Equatable {
        /// 1 for the oldest requests.
        public let page: Int
        public let pageSize: Int
        public let total: Int
        public init(page: Int, pageSize: Int, total: Int) {
            self.page = page
            self.pageSize = pageSize
            self.total = total
        }
        public var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
        /// The rows to skip for this page.
        public var offset: Int { (page - 1) * pageSize }
    }

    /// Visits started in the week beginning on `monday` (Paris time).
    public struct WeekCount: Sendable, Equatable {
        public let monday: CivilDate
        public let visits: Int
        public init(monday: CivilDate, visits: Int) {
            self.monday = monday
            self.visits = visits
        }
    }

    /// Distinct visits that reached each step of the journey.
    public struct Funnel: Sendable, Equatable {
        public let visits: Int, diagnostics: Int, pages: Int, posters: Int
        public init(visits: Int, diagnostics: Int, pages: Int, posters: Int) {
            self.visits = visits
            self.diagnostics = diagnostics
            self.pages = pages
            self.posters = posters
        }
        public var steps: [Int] { [visits, diagnostics, pages, posters] }
    }

    /// How many shops scored in each band (0–19, 20–39, 40–59, 60–79, 80–100) of a dimension.
    public struct DimensionBands: Sendable, Equatable {
        public let id: String
        public let name: String
        public let bands: [Int]
        public init(id: String, name: String, bands: [Int]) {
            self.id = id
            self.name = name
            self.bands = bands
        }
        /// The band of a score: 0 for 0–19 … 4 for 80–100.
        public static func band(of score: Int) -> Int { min(4, max(0, score) / 20) }
    }

    /// A target "in the spirit of France Numérique 2012": the share of onboarded shops whose
    /// answers meet it, against the share aimed at.
    public struct TargetProgress: Sendable, Equatable {
        public let label: String
        public let targetPercent: Int
        public let reached: Int
        public let of: Int
        public init(label: String, targetPercent: Int, reached: Int, of: Int) {
            self.label = label
            self.targetPercent = targetPercent
            self.reached = reached
            self.of = of
        }
    }

    /// A call-back request; `name` and `phone` only while the owner lets the hub keep them.
    public struct AdvisorRequestRow: Sendable, Equatable {
        public let id: String, kiosk: String, topic: String, preferredTime: String
        public let name: String?, phone: String?
        public let requestedAt: Timestamp
        public let doneAt: Timestamp?
        public init(id: String, kiosk: String, topic: String, preferredTime: String, name: String?, phone: String?,
                    requestedAt: Timestamp, doneAt: Timestamp?) {
            self.id = id
            self.kiosk = kiosk
            self.topic = topic
            self.preferredTime = preferredTime
            self.name = name
            self.phone = phone
            self.requestedAt = requestedAt
            self.doneAt = doneAt
        }
    }

    /// A page a kiosk could not publish because another kiosk holds its address.
    public struct SlugConflictRow: Sendable, Equatable {
        public let slug: String, kiosk: String, holder: String?
        public let at: Timestamp
        public init(slug: String, kiosk: String, holder: String?, at: Timestamp) {
            self.slug = slug
            self.kiosk = kiosk
            self.holder = holder
            self.at = at
        }
    }

    public struct KioskRow: Sendable, Equatable {
        public let id: String
        public let lastReport: Timestamp?
        public let visits: Int
        /// The two characters its poster codes start with.
        public let prefix: String
        public init(id: String, lastReport: Timestamp?, visits: Int, prefix: String = "") {
            self.id = id
            self.lastReport = lastReport
            self.visits = visits
            self.prefix = prefix
        }
    }

    /// Posters printed at the kiosks and the scans of their codes: per format (with the scans of
    /// the hub's own posters of those shops), and per week (Paris weeks, oldest first).
    public struct PosterScans: Sendable, Equatable {
        public let formats: [FormatScans]
        public let weeks: [WeekScans]
        public init(formats: [FormatScans], weeks: [WeekScans]) {
            self.formats = formats
            self.weeks = weeks
        }
        public var posters: Int { formats.reduce(0) { $0 + $1.posters } }
        public var scans: Int { formats.reduce(0) { $0 + $1.scans } }
    }

    public struct FormatScans: Sendable, Equatable {
        public let format: String
        public let posters: Int
        public let scans: Int
        public init(format: String, posters: Int, scans: Int) {
            self.format = format
            self.posters = posters
            self.scans = scans
        }
    }

    public struct WeekScans: Sendable, Equatable {
        public let monday: CivilDate
        public let scans: Int
        public init(monday: CivilDate, scans: Int) {
            self.monday = monday
            self.scans = scans
        }
    }
}

/// Who is looking and where: the dashboard's frame around the figures.
public struct DashboardContext: Sendable {
    public let admin: String
    /// The session's token against cross-site posts, put in every form.
    public let csrf: String
    /// A kiosk's page, or nil for every kiosk together.
    public let kiosk: String?
    public let now: Timestamp
    public init(admin: String, csrf: String, kiosk: String?, now: Timestamp) {
        self.admin = admin
        self.csrf = csrf
        self.kiosk = kiosk
        self.now = now
    }
}

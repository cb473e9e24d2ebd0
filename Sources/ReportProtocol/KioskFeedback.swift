/// What the hub tells a kiosk back, answered to a signed
/// `GET /api/v1/kiosks/<kiosk>/feedback` (Standard Webhooks headers over an empty body, the
/// kiosk's report secret): its poster-code prefix, the scans of its posters' codes, and the
/// slugs the hub refused to its shops. Nothing personal: codes, days and counts only.
public struct KioskFeedback: Codable, Sendable, Equatable {
    /// The path the kiosk asks, under the hub's base URL.
    public static func path(kiosk: String) -> String { "/api/v1/kiosks/\(kiosk)/feedback" }

    /// The kiosk's poster-code prefix (`PosterCode.isPrefix`).
    public var prefix: String
    /// When the hub answered (RFC 3339), which the kiosk shows as "updated on …".
    public var at: String
    /// Scans per code and day, for the codes this kiosk printed.
    public var scans: [CodeScans]
    /// The kiosk's shops whose slug another kiosk holds at the hub.
    public var slugConflicts: [SlugConflict]

    public init(prefix: String, at: String, scans: [CodeScans], slugConflicts: [SlugConflict]) {
        self.prefix = prefix
        self.at = at
        self.scans = scans
        self.slugConflicts = slugConflicts
    }
}

/// One code's scans: per day (`YYYY-MM-DD`, Europe/Paris), days without scans left out.
public struct CodeScans: Codable, Sendable, Equatable {
    public var code: String
    public var days: [DayCount]

    public init(code: String, days: [DayCount]) {
        self.code = code
        self.days = days
    }
}

/// A number of scans on one day.
public struct DayCount: Codable, Sendable, Equatable {
    public var day: String
    public var count: Int

    public init(day: String, count: Int) {
        self.day = day
        self.count = count
    }
}

/// A slug refused at the hub: `shop` is the kiosk's id for the shop (the events' `owner`),
/// `suggestion` a free slug the owner may take instead.
public struct SlugConflict: Codable, Sendable, Equatable {
    public var shop: String
    public var slug: String
    public var suggestion: String

    public init(shop: String, slug: String, suggestion: String) {
        self.shop = shop
        self.slug = slug
        self.suggestion = suggestion
    }
}

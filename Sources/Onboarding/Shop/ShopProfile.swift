import Time

/// A shop as its public page shows it: every field checked and normalised (phone in E.164,
/// URLs with their scheme, hours sorted), so rendering never has to guess.
public struct ShopProfile: Codable, Equatable, Sendable {
    public var name: String
    public var trade: String?
    public var description: String?
    public var address: PostalAddress?
    /// E.164 (`+33612345678`), for `tel:` links.
    public var phone: String?
    public var email: String?
    public var website: String?
    /// Sorted by day, then opening time; never overlapping.
    public var hours: [OpeningInterval]
    public var closures: [Closure]
    public var facebook: String?
    public var instagram: String?
    public var googleReview: String?
    public var services: [String]
    /// `#rrggbb`, dark enough for white text on it.
    public var accent: String

    /// The colour a page gets when the owner picks none: dark enough for white text (7:1).
    public static let defaultAccent = "#1f5c99"

    public init(name: String, trade: String? = nil, description: String? = nil, address: PostalAddress? = nil,
                phone: String? = nil, email: String? = nil, website: String? = nil, hours: [OpeningInterval] = [],
                closures: [Closure] = [], facebook: String? = nil, instagram: String? = nil,
                googleReview: String? = nil, services: [String] = [], accent: String = ShopProfile.defaultAccent) {
        self.name = name
        self.trade = trade
        self.description = description
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
        self.hours = hours
        self.closures = closures
        self.facebook = facebook
        self.instagram = instagram
        self.googleReview = googleReview
        self.services = services
        self.accent = accent
    }

    /// The links a customer may want as a QR code of their own, by the name the QR routes use.
    public var linkTargets: [(name: String, url: String)] {
        [("review", googleReview), ("facebook", facebook), ("instagram", instagram), ("website", website)]
            .compactMap { name, url in url.map { (name, $0) } }
    }
}

/// A French postal address; the street is optional (a market stall has none).
public struct PostalAddress: Codable, Equatable, Sendable {
    public var street: String?
    /// Five digits.
    public var postcode: String
    public var city: String

    public init(street: String?, postcode: String, city: String) {
        self.street = street
        self.postcode = postcode
        self.city = city
    }

    /// One line, for a map search and for the vCard's label.
    public var oneLine: String {
        [street, postcode + " " + city].compactMap { $0 }.joined(separator: ", ")
    }
}

/// Opening hours of one weekday, in minutes since midnight (`closes` may be 1440, midnight).
public struct OpeningInterval: Codable, Equatable, Sendable {
    /// 1 = Monday … 7 = Sunday.
    public var day: Int
    public var opens: Int
    public var closes: Int

    public init(day: Int, opens: Int, closes: Int) {
        self.day = day
        self.opens = opens
        self.closes = closes
    }

    /// `HH:MM`, as schema.org and HTML `<time>` want it.
    public static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }
}

/// Days the shop is closed whatever its weekly hours say (holidays, works), both ends included.
public struct Closure: Codable, Equatable, Sendable {
    public var from: CivilDate
    public var to: CivilDate
    public var label: String?

    public init(from: CivilDate, to: CivilDate, label: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
    }

    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }

    enum CodingKeys: String, CodingKey { case from, to, label }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let first = try container.decode(String.self, forKey: .from)
        let last = try container.decode(String.self, forKey: .to)
        guard let from = CivilDate(iso: first), let to = CivilDate(iso: last) else {
            throw DecodingError.dataCorruptedError(forKey: .from, in: container, debugDescription: "must be YYYY-MM-DD dates")
        }
        self.from = from
        self.to = to
        label = try container.decodeIfPresent(String.self, forKey: .label)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from.iso, forKey: .from)
        try container.encode(to.iso, forKey: .to)
        try container.encodeIfPresent(label, forKey: .label)
    }
}

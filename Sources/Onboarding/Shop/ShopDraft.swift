/// The page-builder form exactly as the owner typed it, saved on every change so nothing is
/// lost if the power goes; `ShopValidation` turns it into a `ShopProfile` and field problems.
///
/// Every field is optional: a draft is saved half-filled, and the preview shows what is valid.
public struct ShopDraft: Codable, Equatable, Sendable {
    public var name: String?
    /// A trade id from the content's list (`boulangerie`, `coiffure`…).
    public var trade: String?
    public var description: String?
    public var street: String?
    public var postcode: String?
    public var city: String?
    /// In any French format; stored as typed, published in E.164.
    public var phone: String?
    public var email: String?
    public var website: String?
    public var hours: [DraftHours]?
    public var closures: [DraftClosure]?
    /// A page URL or the page's name.
    public var facebook: String?
    /// A profile URL or `@handle`.
    public var instagram: String?
    /// The "leave a review" link Google gives a business (g.page/r/…, search.google.com/local/writereview…).
    public var googleReview: String?
    public var services: [String]?
    /// `#rrggbb`.
    public var accent: String?

    public init() {}
}

/// One opening interval as typed: ISO weekday (1 = Monday) and `HH:MM` times. A day with a
/// lunch break has two.
public struct DraftHours: Codable, Equatable, Sendable {
    public var day: Int
    public var opens: String
    public var closes: String

    public init(day: Int, opens: String, closes: String) {
        self.day = day
        self.opens = opens
        self.closes = closes
    }
}

/// An exceptional closure as typed: first and last day (`YYYY-MM-DD`, both closed) and an
/// optional reason ("Congés d'été").
public struct DraftClosure: Codable, Equatable, Sendable {
    public var from: String
    public var to: String
    public var label: String?

    public init(from: String, to: String, label: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
    }
}

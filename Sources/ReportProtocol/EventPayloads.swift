import JSON

// The data of each event type, one type on both sides of the wire: the kiosk encodes these, the
// hub decodes them. Besides its own fields, an event's data may hold `session` and `owner`
// (`EventSubject`). The hub decodes with unknown fields allowed, so a kiosk newer than its hub
// may add fields; a field added after the first release must be optional, so that the reports
// of kiosks not yet upgraded still read (kiosks upgrade later than hubs).

/// `visit.started`: the language the visitor chose.
public struct VisitStarted: Codable, Sendable, Equatable {
    public var language: String

    public init(language: String) { self.language = language }
}

/// `diagnostic.completed`: the scores feed the hub's distributions, the answers its targets
/// (a website? online sales?). A nil score is a dimension left unanswered.
public struct DiagnosticCompleted: Codable, Sendable, Equatable {
    public var overall: Int?
    public var level: String?
    public var dimensions: [String: Int?]
    public var answers: [String: String]

    public init(overall: Int?, level: String?, dimensions: [String: Int?], answers: [String: String]) {
        self.overall = overall
        self.level = level
        self.dimensions = dimensions
        self.answers = answers
    }
}

/// `training.passed`.
public struct TrainingPassed: Codable, Sendable, Equatable {
    public var training: String
    public var correct: Int
    public var total: Int

    public init(training: String, correct: Int, total: Int) {
        self.training = training
        self.correct = correct
        self.total = total
    }
}

/// `page.published` and `page.updated`: a published page is public by nature, so the whole
/// profile goes, for the hub to publish under `slug`.
public struct PagePublished: Codable, Sendable, Equatable {
    public var slug: String
    public var page: JSONValue

    public init(slug: String, page: JSONValue) {
        self.slug = slug
        self.page = page
    }
}

/// `page.unpublished`, and `shop.erased` (whose `slug` is absent when the shop was never
/// published, and whose `shop` is the kiosk's id for it).
public struct PageWithdrawn: Codable, Sendable, Equatable {
    public var slug: String?
    public var shop: String?

    public init(slug: String?, shop: String? = nil) {
        self.slug = slug
        self.shop = shop
    }
}

/// `poster.printed`: `code` is the poster's short code (`PosterCode`), absent from kiosks older
/// than poster codes; the hub resolves `/q/<code>` to the shop's page from it.
public struct PosterPrinted: Codable, Sendable, Equatable {
    public var slug: String
    public var format: String
    public var code: String?

    public init(slug: String, format: String, code: String? = nil) {
        self.slug = slug
        self.format = format
        self.code = code
    }
}

/// `advisor.requested`: `name` and `phone` are personal (`PersonalData`), present only for an
/// owner who let the hub receive personal data.
public struct AdvisorRequested: Codable, Sendable, Equatable {
    public var request: String
    public var topic: String
    public var preferredTime: String
    public var name: String?
    public var phone: String?

    public init(request: String, topic: String, preferredTime: String, name: String? = nil, phone: String? = nil) {
        self.request = request
        self.topic = topic
        self.preferredTime = preferredTime
        self.name = name
        self.phone = phone
    }
}

/// `consent.given` and `consent.changed`: the consent now in force. `passportToken` (the
/// owner's passport page on the hub) is personal, sent only when `hub` is true. The kiosk always
/// sends `noticeHash` (the privacy notice shown); the hub does not need it to project consent.
public struct ConsentRecorded: Codable, Sendable, Equatable {
    public var purposes: [String]
    public var hub: Bool
    public var noticeHash: String?
    public var passportToken: String?

    public init(purposes: [String], hub: Bool, noticeHash: String?, passportToken: String? = nil) {
        self.purposes = purposes
        self.hub = hub
        self.noticeHash = noticeHash
        self.passportToken = passportToken
    }
}

/// The fields any event's data may hold besides its own: the visit and the owner it concerns.
/// `consent.withdrawn` holds nothing else.
public struct EventSubject: Codable, Sendable, Equatable {
    public var session: String?
    public var owner: String?

    public init(session: String? = nil, owner: String? = nil) {
        self.session = session
        self.owner = owner
    }
}

import Time

/// One visitor at the screen, from the first tap to the idle reset. Nothing personal lives
/// here: the session only scopes what a visitor does so the next one never sees it.
public struct VisitorSession: Codable, Equatable, Sendable {
    public let id: String
    public var language: Language
    public let startedAt: Timestamp
    public var endedAt: Timestamp?
    public var active: Bool { endedAt == nil }

    enum CodingKeys: String, CodingKey { case id, language, startedAt, endedAt, active }

    public init(id: String, language: Language, startedAt: Timestamp, endedAt: Timestamp? = nil) {
        self.id = id
        self.language = language
        self.startedAt = startedAt
        self.endedAt = endedAt
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        language = try container.decode(Language.self, forKey: .language)
        startedAt = try container.decode(Timestamp.self, forKey: .startedAt)
        endedAt = try container.decodeIfPresent(Timestamp.self, forKey: .endedAt)
        _ = try container.decodeIfPresent(Bool.self, forKey: .active)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(language, forKey: .language)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encodeIfPresent(endedAt, forKey: .endedAt)
        try container.encode(active, forKey: .active)
    }
}

/// The kiosk's languages: French first, English available at any time.
public enum Language: String, Codable, CaseIterable, Sendable, ClosedSet {
    case fr, en
}

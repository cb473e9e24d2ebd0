import JSON

/// The body of a report, as the hub receives it: `{"events":[{"id","type","at","data"}]}`.
public struct Report: Codable, Sendable, Equatable {
    public var events: [ReportEvent]

    public init(events: [ReportEvent]) { self.events = events }
}

/// One event: a UUID (the hub de-duplicates on it), its type, when it happened (RFC 3339) and
/// its facts, whose shape depends on the type.
public struct ReportEvent: Codable, Sendable, Equatable {
    public var id: String
    public var type: String
    public var at: String
    public var data: JSONValue

    public init(id: String, type: String, at: String, data: JSONValue) {
        self.id = id
        self.type = type
        self.at = at
        self.data = data
    }
}

/// The hub's answer: every event id of the report now safely stored (new or already known).
public struct Acknowledgement: Codable, Sendable, Equatable {
    public var acked: [String]

    public init(acked: [String]) { self.acked = acked }
}

import HTTPServer
import JSON
import ReportProtocol
import Time

/// One event of a report, checked: an id, a type, a time, and its data split into facts
/// (kept in the event log) and personal fields (kept only in the tables they belong to).
struct CheckedEvent: Sendable {
    let id: String
    let type: String
    let at: Timestamp
    let session: String?
    let owner: String?
    /// Data without personal fields.
    let facts: [JSONField]
    /// The whole data, personal fields included, for the projection.
    let data: [JSONField]
    /// The kiosk's own date when the hub did not believe it (`at` is then the receive time).
    var reportedAt: Timestamp? = nil

    /// How far ahead of the hub's clock a kiosk's date may be (clocks drift; NTP may be late).
    static let allowedAhead: Int64 = 5 * 60 * 1000

    /// The event dated as the hub stores it: a date more than five minutes ahead of the hub's
    /// clock, or before the kiosk was registered, becomes the receive time (kept apart in
    /// `reportedAt`), so no kiosk clock can push retention or weekly figures out of range.
    func dated(now: Timestamp, registered: Timestamp) -> CheckedEvent {
        guard at.milliseconds > now.milliseconds + Self.allowedAhead || at.milliseconds < registered.milliseconds else { return self }
        var event = CheckedEvent(id: id, type: type, at: now, session: session, owner: owner, facts: facts, data: data)
        event.reportedAt = at
        return event
    }

    /// The data as the report protocol's payload for its type; nil when it does not read as one
    /// (the event is kept, only not projected). Fields the hub does not know are allowed: a
    /// kiosk newer than its hub may send more.
    func payload<Payload: Decodable>(_ type: Payload.Type) -> Payload? {
        try? JSON.decode(type, from: .object(data), allowUnknownKeys: true)
    }
}

/// Reads and checks a report body: 400 for text that is not JSON, 422 naming the first bad event.
enum ReportCheck {
    static func events(_ body: [UInt8]) throws(HTTPError) -> [CheckedEvent] {
        let report: Report
        do {
            report = try JSON.decode(Report.self, from: body)
        } catch {
            switch error {
            case .syntax(let syntax): throw .badRequest("The report is not valid JSON (\(syntax)).", code: "invalid_json")
            case .field(let path, let reason): throw .invalidField(path.isEmpty ? "body" : path, reason)
            }
        }
        guard !report.events.isEmpty, report.events.count <= Ingest.maximumEvents else {
            throw .invalidField("events", "must hold 1 to \(Ingest.maximumEvents) events")
        }
        var seen: Set<String> = []
        var checked: [CheckedEvent] = []
        for (index, event) in report.events.enumerated() {
            let item = try check(event, index: index)
            guard seen.insert(item.id).inserted else { throw .invalidField("events[\(index)].id", "appears twice in the report") }
            checked.append(item)
        }
        return checked
    }

    private static func check(_ event: ReportEvent, index: Int) throws(HTTPError) -> CheckedEvent {
        let path = "events[\(index)]"
        guard (1...100).contains(event.id.utf8.count), event.id.utf8.allSatisfy(isWordByte) else {
            throw .invalidField(path + ".id", "must be 1 to 100 letters, digits, '-' or '_'")
        }
        guard (1...64).contains(event.type.utf8.count), event.type.utf8.allSatisfy({ isWordByte($0) || $0 == 0x2E }) else {
            throw .invalidField(path + ".type", "must be 1 to 64 letters, digits, '.', '-' or '_'")
        }
        guard let at = Timestamp(rfc3339: event.at) else { throw .invalidField(path + ".at", "must be an RFC 3339 date-time") }
        guard case .object(let data) = event.data else { throw .invalidField(path + ".data", "must be an object") }
        func text(_ key: String) -> String? {
            guard case .string(let value)? = data.first(where: { $0.key == key })?.value else { return nil }
            return value
        }
        return CheckedEvent(id: event.id, type: event.type, at: at, session: text("session"), owner: text("owner"),
                            facts: data.filter { !PersonalData.keys.contains($0.key) }, data: data)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
    }
}

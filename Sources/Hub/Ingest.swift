import HTTPServer
import JSON
import Logging
import ReportProtocol
import Storage
import Time

/// `POST /api/v1/kiosks/<kiosk>/reports`: Standard Webhooks verification, then every event
/// stored once by its id, all in one transaction. A batch sent again (re-signed) changes
/// nothing and gets the same acknowledgement; the very same request again (same id and
/// timestamp) is a replay and gets 409. Nothing is stored from a refused request.
public struct Ingest: Sendable {
    let database: Database
    let kiosks: Kiosks
    let logger: Logger
    /// Most events in one report.
    static let maximumEvents = 5000

    public init(database: Database, logger: Logger) {
        self.database = database
        kiosks = Kiosks(database: database)
        self.logger = logger
    }

    /// What a stored report changed, for the caller to publish (cache, static files).
    public struct Outcome: Sendable, Equatable {
        public let acked: [String]
        public let changedSlugs: Set<String>
    }

    public func receive(kiosk: String, webhookID: String?, timestamp: String?, signature: String?, body: [UInt8],
                        now: Timestamp = .now()) throws(HTTPError) -> Outcome {
        let request = try SignedRequest.verify(kiosks, kiosk: kiosk, webhookID: webhookID, timestamp: timestamp, signature: signature,
                                               body: body, now: now, what: "Report", logger: logger)
        let events = try ReportCheck.events(body).map { $0.dated(now: now, registered: request.registered) }
        return try store(events, request, now: now)
    }

    private func store(_ events: [CheckedEvent], _ request: SignedRequest, now: Timestamp) throws(HTTPError) -> Outcome {
        let kiosk = request.kiosk
        let stored: (slugs: Set<String>, refusedCodes: [String])? = try storage {
            try database.write { (connection) throws(StorageError) -> (slugs: Set<String>, refusedCodes: [String])? in
                guard try request.record(connection, now: now) else { return nil }
                var slugs: Set<String> = []
                var refused: [String] = []
                var summaries = Summaries()
                for event in events where try insert(connection, event, kiosk: kiosk, now: now, into: &summaries) {
                    slugs.formUnion(try Projection.apply(connection, event, kiosk: kiosk, refusedCodes: &refused))
                }
                try summaries.write(connection)
                try connection.execute("UPDATE kiosks SET last_report_at = ? WHERE id = ?", [.integer(now.milliseconds), .text(kiosk)])
                return (slugs, refused)
            }
        }
        guard let stored else { throw SignedRequest.replayed }
        if !stored.refusedCodes.isEmpty {
            logger.warning("kiosk \(kiosk): \(stored.refusedCodes.count) poster code(s) refused (not its prefix, or not a code); the events are kept")
        }
        // A withdrawal or an erasure: its personal values leave the WAL within a second.
        if events.contains(where: { ["consent.withdrawn", "consent.changed", "shop.erased"].contains($0.type) }) {
            database.noteErasure()
        }
        return Outcome(acked: events.map(\.id), changedSlugs: stored.slugs)
    }

    /// Stores the event unless its id is known, counting it in `summaries`; true when it is new.
    private func insert(_ connection: Connection, _ event: CheckedEvent, kiosk: String, now: Timestamp,
                        into summaries: inout Summaries) throws(StorageError) -> Bool {
        try connection.execute("""
            INSERT INTO events (id, kiosk_id, type, at, session, owner, data, received_at, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """, [.text(event.id), .text(kiosk), .text(event.type), .integer(event.at.milliseconds),
                  event.session.map(SQLValue.text) ?? .null, event.owner.map(SQLValue.text) ?? .null,
                  .text(String(decoding: JSON.serialize(.object(event.facts)), as: UTF8.self)), .integer(now.milliseconds),
                  event.reportedAt.map { .integer($0.milliseconds) } ?? .null])
        guard connection.changes == 1 else { return false }
        try summaries.record(connection, Summaries.Entry(id: event.id, kiosk: kiosk, type: event.type, at: event.at.milliseconds,
                                                         session: event.session, owner: event.owner, facts: event.facts))
        return true
    }

    private func storage<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(HTTPError) -> T {
        try StorageFailure.answered(logger, body)
    }
}

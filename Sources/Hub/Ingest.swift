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
        guard let (secret, registered) = try storage({ try kiosks.registration(of: kiosk) }) else {
            throw HTTPError(status: 401, code: "unknown_kiosk", message: "No kiosk '\(kiosk)' is registered at this hub.")
        }
        do {
            try WebhookSignature.verify(secret, id: webhookID, timestamp: timestamp, signatures: signature, body: body, now: now.seconds)
        } catch {
            throw HTTPError(status: 401, code: "bad_signature", message: "Report refused: \(error).")
        }
        let events = try ReportCheck.events(body).map { $0.dated(now: now, registered: registered) }
        return try store(events, kiosk: kiosk, webhookID: webhookID ?? "", timestamp: Int64(timestamp ?? "") ?? 0, now: now)
    }

    private func store(_ events: [CheckedEvent], kiosk: String, webhookID: String, timestamp: Int64,
                       now: Timestamp) throws(HTTPError) -> Outcome {
        let changed: Set<String>? = try storage {
            try database.write { (connection) throws(StorageError) -> Set<String>? in
                try connection.execute("DELETE FROM deliveries WHERE received_at < ?",
                                       [.integer(now.milliseconds - 2 * WebhookSignature.tolerance * 1000)])
                try connection.execute("""
                    INSERT INTO deliveries (kiosk_id, webhook_id, timestamp, received_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """, [.text(kiosk), .text(webhookID), .integer(timestamp), .integer(now.milliseconds)])
                guard connection.changes == 1 else { return nil }
                var slugs: Set<String> = []
                for event in events where try insert(connection, event, kiosk: kiosk, now: now) {
                    slugs.formUnion(try Projection.apply(connection, event, kiosk: kiosk))
                }
                try connection.execute("UPDATE kiosks SET last_report_at = ? WHERE id = ?", [.integer(now.milliseconds), .text(kiosk)])
                return slugs
            }
        }
        guard let changed else {
            throw HTTPError(status: 409, code: "replayed", message: "This exact request was already received (same webhook-id and timestamp).")
        }
        // A withdrawal or an erasure: its personal values leave the WAL within a second.
        if events.contains(where: { ["consent.withdrawn", "consent.changed", "shop.erased"].contains($0.type) }) {
            database.noteErasure()
        }
        return Outcome(acked: events.map(\.id), changedSlugs: changed)
    }

    /// Stores the event unless its id is known; true when it is new.
    private func insert(_ connection: Connection, _ event: CheckedEvent, kiosk: String, now: Timestamp) throws(StorageError) -> Bool {
        try connection.execute("""
            INSERT INTO events (id, kiosk_id, type, at, session, owner, data, received_at, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """, [.text(event.id), .text(kiosk), .text(event.type), .integer(event.at.milliseconds),
                  event.session.map(SQLValue.text) ?? .null, event.owner.map(SQLValue.text) ?? .null,
                  .text(String(decoding: JSON.serialize(.object(event.facts)), as: UTF8.self)), .integer(now.milliseconds),
                  event.reportedAt.map { .integer($0.milliseconds) } ?? .null])
        guard connection.changes == 1 else { return false }
        try Summaries.record(connection, Summaries.Entry(id: event.id, kiosk: kiosk, type: event.type, at: event.at.milliseconds,
                                                         session: event.session, owner: event.owner, facts: event.facts))
        return true
    }

    private func storage<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(HTTPError) -> T {
        try StorageFailure.answered(logger, body)
    }
}

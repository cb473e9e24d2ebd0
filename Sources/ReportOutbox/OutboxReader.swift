import JSON
import ReportProtocol
import Storage
import Time
import Tokens

/// The sender's side of the kiosk's `outbox` table (created by the kiosk's migrations): the
/// next batch, in the order events were written, and its removal once acknowledged.
///
/// A batch gets its id before its first attempt, stored on its rows, so every retry (even after
/// a crash or a power cut) sends the same events under the same `webhook-id`.
public struct OutboxReader: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// A batch ready to send.
    public struct Batch: Sendable, Equatable {
        public let id: String
        public let events: [ReportEvent]
    }

    /// The batch already started, or a new one of at most `maxEvents` events and about
    /// `maxBytes` bytes (always at least one event); nil when the outbox is empty.
    public func nextBatch(maxEvents: Int, maxBytes: Int) throws -> Batch? {
        try database.write { (connection) throws(StorageError) in
            let started = try connection.query("""
                SELECT seq, id, type, at, data, personal, batch FROM outbox
                WHERE batch = (SELECT batch FROM outbox WHERE batch IS NOT NULL ORDER BY seq LIMIT 1) ORDER BY seq
                """)
            if let batch = started.first?.string(6) { return Batch(id: batch, events: try Self.events(started, connection)) }
            var rows = try connection.query("""
                SELECT seq, id, type, at, data, personal FROM outbox WHERE batch IS NULL ORDER BY seq LIMIT ?
                """, [.integer(Int64(maxEvents))])
            guard !rows.isEmpty else { return nil }
            rows = Self.fitting(rows, maxBytes: maxBytes)
            let id = "msg_" + Hex.encode(RandomBytes.make(16))
            try connection.execute("UPDATE outbox SET batch = ? WHERE batch IS NULL AND seq <= ?",
                                   [.text(id), .integer(rows.last?.int64(0) ?? 0)])
            return Batch(id: id, events: try Self.events(rows, connection))
        }
    }

    /// Deletes the events of `batch` the hub acknowledged, and notes the delivery.
    public func acknowledge(batch: String, ids: [String], now: Timestamp = .now()) throws {
        try database.write { (connection) throws(StorageError) in
            for id in ids {
                try connection.execute("DELETE FROM outbox WHERE batch = ? AND id = ?", [.text(batch), .text(id)])
            }
            try connection.execute("""
                UPDATE upstream_status SET last_attempt_at = ?1, last_success_at = ?1, last_error = NULL,
                    delivered = delivered + ?2 WHERE id = 1
                """, [.integer(now.milliseconds), .integer(Int64(ids.count))])
        }
    }

    /// Notes a failed attempt and why, for `STATUS=` and `vitrine admin status`.
    public func recordFailure(_ reason: String, now: Timestamp = .now()) throws {
        try database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE upstream_status SET last_attempt_at = ?, last_error = ? WHERE id = 1",
                                   [.integer(now.milliseconds), .text(reason)])
        }
    }

    /// The first rows whose size stays under `maxBytes` (at least one).
    private static func fitting(_ rows: [Row], maxBytes: Int) -> [Row] {
        var total = 0
        var kept: [Row] = []
        for row in rows {
            let size = (row.string(4)?.utf8.count ?? 0) + (row.string(5)?.utf8.count ?? 0) + 120
            if !kept.isEmpty && total + size > maxBytes { break }
            total += size
            kept.append(row)
        }
        return kept
    }

    /// A row as the hub receives it: its facts and, when kept, its personal fields, in one object.
    /// The batch's events; one that cannot be read stops the batch with an error naming it
    /// (counted in `UnreadableRows`) rather than being left out of the report unnoticed.
    private static func events(_ rows: [Row], _ connection: Connection) throws(StorageError) -> [ReportEvent] {
        var events: [ReportEvent] = []
        for (index, row) in rows.enumerated() {
            guard let event = event(row) else {
                throw UnreadableRows.noted(path: connection.databasePath, what: "outbox events", row: index)
            }
            events.append(event)
        }
        return events
    }

    private static func event(_ row: Row) -> ReportEvent? {
        guard let id = row.string(1), let type = row.string(2), let at = row.int64(3), let data = row.string(4),
              case .object(var fields)? = try? JSON.parse(Array(data.utf8)) else { return nil }
        if let personal = row.string(5), case .object(let more)? = try? JSON.parse(Array(personal.utf8)) {
            fields += more
        }
        return ReportEvent(id: id, type: type, at: Timestamp(milliseconds: at).rfc3339, data: .object(fields))
    }
}

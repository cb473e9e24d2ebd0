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
    /// `maxBytes` bytes (always at least one event); nil when the outbox is empty. A row that
    /// cannot be read as an event goes to `outbox_dead_letters` with the reason, and the batch
    /// is made of the rows behind it: one damaged row never holds the others back.
    public func nextBatch(maxEvents: Int, maxBytes: Int) throws -> Batch? {
        try database.write { (connection) throws(StorageError) in
            while true {
                let (id, rows) = try Self.pending(connection, maxEvents: maxEvents, maxBytes: maxBytes)
                guard let id else { return nil }
                var events: [ReportEvent] = []
                for row in rows {
                    switch Self.event(row) {
                    case .success(let event): events.append(event)
                    case .failure(let damage): try Self.deadLetter(connection, row, reason: damage.reason)
                    }
                }
                if !events.isEmpty { return Batch(id: id, events: events) }
            }
        }
    }

    /// The rows of the batch already started, or of a new one (tagged with its new id here).
    private static func pending(_ connection: Connection, maxEvents: Int, maxBytes: Int) throws(StorageError) -> (String?, [Row]) {
        let started = try connection.query("""
            SELECT seq, id, type, at, data, personal, batch FROM outbox
            WHERE batch = (SELECT batch FROM outbox WHERE batch IS NOT NULL ORDER BY seq LIMIT 1) ORDER BY seq
            """)
        if let batch = started.first?.string(6) { return (batch, started) }
        var rows = try connection.query("""
            SELECT seq, id, type, at, data, personal FROM outbox WHERE batch IS NULL ORDER BY seq LIMIT ?
            """, [.integer(Int64(maxEvents))])
        guard !rows.isEmpty else { return (nil, []) }
        rows = fitting(rows, maxBytes: maxBytes)
        let id = "msg_" + Hex.encode(RandomBytes.make(16))
        try connection.execute("UPDATE outbox SET batch = ? WHERE batch IS NULL AND seq <= ?",
                               [.text(id), .integer(rows.last?.int64(0) ?? 0)])
        return (id, rows)
    }

    /// Moves one outbox row, as it is, to the dead letters.
    private static func deadLetter(_ connection: Connection, _ row: Row, reason: String, now: Timestamp = .now()) throws(StorageError) {
        guard let seq = row.int64(0) else { return }
        try connection.execute("""
            INSERT OR REPLACE INTO outbox_dead_letters (seq, id, type, at, owner_id, data, personal, reason, failed_at)
            SELECT seq, id, type, at, owner_id, data, personal, ?, ? FROM outbox WHERE seq = ?
            """, [.text(reason), .integer(now.milliseconds), .integer(seq)])
        try connection.execute("DELETE FROM outbox WHERE seq = ?", [.integer(seq)])
    }

    /// The `webhook-timestamp` for an attempt at `batch` now: the current second, or one more
    /// than the last attempt's if that was the same batch in the same second (a restart, a quick
    /// retry), so no two attempts are the same request. Noted before the request leaves.
    public func signingTime(batch: String, now: Int64) throws -> Int64 {
        try database.write { (connection) throws(StorageError) in
            let last = try connection.query("SELECT last_signed_batch, last_signed_at FROM upstream_status WHERE id = 1").first
            var time = now
            if let last, last.string(0) == batch, let previous = last.int64(1), previous >= now { time = previous + 1 }
            try connection.execute("UPDATE upstream_status SET last_signed_batch = ?, last_signed_at = ? WHERE id = 1",
                                   [.text(batch), .integer(time)])
            return time
        }
    }

    /// Rows moved to the dead letters so far.
    public func deadLetters() throws -> Int {
        try database.read { (connection) throws(StorageError) in try connection.query("SELECT count(*) FROM outbox_dead_letters").first?.int(0) ?? 0 }
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

    /// Why a row is not an event.
    struct Damage: Error {
        let reason: String
    }

    /// A row as the hub receives it: its facts and, when kept, its personal fields, in one object.
    static func event(_ row: Row) -> Result<ReportEvent, Damage> {
        guard let id = row.string(1), !id.isEmpty else { return .failure(Damage(reason: "no event id")) }
        guard let type = row.string(2), !type.isEmpty else { return .failure(Damage(reason: "no event type")) }
        guard let at = row.int64(3) else { return .failure(Damage(reason: "no time")) }
        guard let data = row.string(4), case .object(var fields)? = try? JSON.parse(Array(data.utf8)) else {
            return .failure(Damage(reason: "data is not a JSON object"))
        }
        if let personal = row.string(5) {
            guard case .object(let more)? = try? JSON.parse(Array(personal.utf8)) else {
                return .failure(Damage(reason: "personal fields are not a JSON object"))
            }
            fields += more
        }
        return .success(ReportEvent(id: id, type: type, at: Timestamp(milliseconds: at).rfc3339, data: .object(fields)))
    }
}

import Storage
import Time

/// How the hub deliveries stand, read from the outbox and the `upstream_status` row: what
/// `STATUS=` and `vitrine admin status` tell an operator.
public struct DeliverySummary: Sendable, Equatable {
    public var outboxDepth = 0
    public var lastSuccessAt: Timestamp?
    public var lastAttemptAt: Timestamp?
    public var lastError: String?
    public var delivered = 0
    /// Outbox rows that could not be read as events, set aside (`outbox_dead_letters`).
    public var deadLetters = 0

    public init() {}

    /// One read transaction; a database without the table yet (older schema) reads as empty.
    public static func read(_ connection: Connection) throws(StorageError) -> DeliverySummary {
        var summary = DeliverySummary()
        summary.outboxDepth = try connection.query("SELECT count(*) FROM outbox").first?.int(0) ?? 0
        summary.deadLetters = try connection.query("SELECT count(*) FROM outbox_dead_letters").first?.int(0) ?? 0
        if let row = try connection.query("""
            SELECT last_success_at, last_attempt_at, last_error, delivered FROM upstream_status WHERE id = 1
            """).first {
            summary.lastSuccessAt = row.int64(0).map(Timestamp.init(milliseconds:))
            summary.lastAttemptAt = row.int64(1).map(Timestamp.init(milliseconds:))
            summary.lastError = row.string(2)
            summary.delivered = row.int(3) ?? 0
        }
        return summary
    }

    /// "outbox: 3 events waiting; last upload: 2025-03-01T10:00:00Z" — with the last error when
    /// the latest attempt failed, and a word when no hub is configured.
    public func describe(hubConfigured: Bool) -> String {
        var waiting = "outbox: \(outboxDepth) event\(outboxDepth == 1 ? "" : "s") waiting"
        if deadLetters > 0 { waiting += ", \(deadLetters) unreadable set aside (dead letters)" }
        guard hubConfigured else { return waiting + " (no hub_url configured)" }
        let success = lastSuccessAt.map { "last upload \($0.rfc3339)" } ?? "no upload yet"
        if let lastError, !lastError.isEmpty, lastAttemptAt != nil, (lastSuccessAt ?? Timestamp(milliseconds: 0)) < (lastAttemptAt ?? Timestamp(milliseconds: 0)) {
            return "\(waiting); \(success); last attempt failed: \(lastError)"
        }
        return "\(waiting); \(success)"
    }
}

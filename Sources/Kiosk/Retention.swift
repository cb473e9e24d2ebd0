import ReportOutbox
import Storage
import Time

/// The kiosk's retention period (`retention_days`, `vitrine admin purge`): what is older than it
/// goes, in one transaction.
///
/// - Owners with no visit since the cutoff, with their shop, consent and advisor requests (their
///   visits and progress are first unlinked, as on a withdrawal). This is local only: the hub
///   applies its own period (`hub_retention_days`) to what it holds, so a page published there
///   does not vanish because a kiosk cleaned its disk.
/// - Visits over before the cutoff that belong to no owner, with their anonymous progress.
///   A visit of a kept owner stays, since their passport shows it.
public enum Retention {
    public struct Outcome: Sendable, Equatable {
        public var owners = 0
        public var shops = 0
        public var visits = 0
        public var progress = 0
    }

    public static func purge(_ database: Database, retentionDays: Int, now: Timestamp = .now()) throws -> Outcome {
        let cutoff = now.milliseconds - Int64(retentionDays) * 86_400_000
        return try database.erase { (connection) throws(StorageError) in try purge(connection, cutoff: cutoff) }
    }

    static func purge(_ connection: Connection, cutoff: Int64) throws(StorageError) -> Outcome {
        var outcome = Outcome()
        let stale = """
            SELECT o.id FROM owners o WHERE o.consented_at < ?1 AND NOT EXISTS (
                SELECT 1 FROM visitor_sessions s WHERE s.owner_id = o.id AND coalesce(s.last_seen_at, s.started_at) >= ?1)
            """
        outcome.shops = try connection.query("SELECT count(*) FROM shops WHERE owner_id IN (\(stale))", [.integer(cutoff)]).first?.int(0) ?? 0
        for owner in try connection.query(stale, [.integer(cutoff)], as: "stale owners", { $0.string(0) }) {
            try Outbox.forgetPersonal(connection, ownerID: owner)
        }
        try connection.execute("DELETE FROM owners WHERE id IN (\(stale))", [.integer(cutoff)])
        outcome.owners = connection.changes
        let over = """
            SELECT s.id FROM visitor_sessions s
            WHERE s.owner_id IS NULL AND coalesce(s.ended_at, s.last_seen_at, s.started_at) < ?1
              AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.session_id = s.id AND p.owner_id IS NOT NULL)
            """
        try connection.execute("DELETE FROM progress WHERE owner_id IS NULL AND session_id IN (\(over))", [.integer(cutoff)])
        outcome.progress = connection.changes
        try connection.execute("DELETE FROM visitor_sessions WHERE id IN (\(over))", [.integer(cutoff)])
        outcome.visits = connection.changes
        return outcome
    }
}

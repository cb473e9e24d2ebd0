import JSON
import Storage
import Time

/// The dashboard's running figures, updated in the transaction that stores each new event:
/// events per kiosk, Paris week and type; the funnel's distinct visits per stage; each shop's
/// latest diagnostic with its score bands and answers. A page then reads a few hundred summary
/// rows whatever the size of the event log.
enum Summaries {
    /// The journey's steps, in the funnel's order.
    static let stages = ["visit.started", "diagnostic.completed", "page.published", "poster.printed"]

    /// What the summaries need of a stored event (its date already the one the hub believed).
    struct Entry {
        let id: String
        let kiosk: String
        let type: String
        let at: Int64
        let session: String?
        let owner: String?
        let facts: [JSONField]
    }

    static func record(_ connection: Connection, _ entry: Entry) throws(StorageError) {
        let monday = DashboardWeeks.monday(of: Timestamp(milliseconds: entry.at)).dayNumber
        try connection.execute("""
            INSERT INTO summary_weeks (kiosk_id, monday, type, events) VALUES (?, ?, ?, 1)
            ON CONFLICT (kiosk_id, monday, type) DO UPDATE SET events = events + 1
            """, [.text(entry.kiosk), .integer(monday), .text(entry.type)])
        try connection.execute("""
            INSERT INTO summary_totals (kiosk_id, type, events) VALUES (?, ?, 1)
            ON CONFLICT (kiosk_id, type) DO UPDATE SET events = events + 1
            """, [.text(entry.kiosk), .text(entry.type)])
        if stages.contains(entry.type) { try funnel(connection, entry) }
        if entry.type == "diagnostic.completed" { try LatestDiagnostics.record(connection, entry) }
    }

    /// A visit counts once per stage, however many events of that stage it sent.
    private static func funnel(_ connection: Connection, _ entry: Entry) throws(StorageError) {
        try connection.execute("INSERT INTO funnel_visits (kiosk_id, stage, visit) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                               [.text(entry.kiosk), .text(entry.type), .text(entry.session ?? entry.id)])
        guard connection.changes == 1 else { return }
        try connection.execute("""
            INSERT INTO funnel_counts (kiosk_id, stage, visits) VALUES (?, ?, 1)
            ON CONFLICT (kiosk_id, stage) DO UPDATE SET visits = visits + 1
            """, [.text(entry.kiosk), .text(entry.type)])
    }
}

import JSON
import Storage
import Time

/// The dashboard's running figures, updated in the transaction that stores each new event:
/// events per kiosk, Paris week and type; the funnel's distinct visits per stage; each shop's
/// latest diagnostic with its score bands and answers. A page then reads a few hundred summary
/// rows whatever the size of the event log.
///
/// One value per transaction: the counts of a report's events are added up here and written by
/// `write` as one upsert per row they change (a 50-event report of one kiosk and week: three),
/// rather than three upserts per event. What must be decided per event (is this visit new to
/// the stage? the shop's latest diagnostic) is written at once.
struct Summaries {
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

    private struct Week: Hashable {
        let kiosk: String
        let monday: Int64
        let type: String
    }

    /// A kiosk and an event type (totals), or a kiosk and a funnel stage (new visits).
    private struct Tally: Hashable {
        let kiosk: String
        let type: String
    }

    private var weeks: [Week: Int64] = [:]
    private var totals: [Tally: Int64] = [:]
    private var newVisits: [Tally: Int64] = [:]

    /// Counts `entry`; a visit new to its funnel stage and a diagnostic are written now.
    mutating func record(_ connection: Connection, _ entry: Entry) throws(StorageError) {
        let monday = DashboardWeeks.monday(of: Timestamp(milliseconds: entry.at)).dayNumber
        weeks[Week(kiosk: entry.kiosk, monday: monday, type: entry.type), default: 0] += 1
        totals[Tally(kiosk: entry.kiosk, type: entry.type), default: 0] += 1
        if Self.stages.contains(entry.type), try isNewVisit(connection, entry) {
            newVisits[Tally(kiosk: entry.kiosk, type: entry.type), default: 0] += 1
        }
        if entry.type == "diagnostic.completed" { try LatestDiagnostics.record(connection, entry) }
    }

    /// Adds the counts to the summary tables (before the transaction commits).
    func write(_ connection: Connection) throws(StorageError) {
        for (week, count) in weeks {
            try connection.execute("""
                INSERT INTO summary_weeks (kiosk_id, monday, type, events) VALUES (?, ?, ?, ?)
                ON CONFLICT (kiosk_id, monday, type) DO UPDATE SET events = events + excluded.events
                """, [.text(week.kiosk), .integer(week.monday), .text(week.type), .integer(count)])
        }
        for (tally, count) in totals {
            try connection.execute("""
                INSERT INTO summary_totals (kiosk_id, type, events) VALUES (?, ?, ?)
                ON CONFLICT (kiosk_id, type) DO UPDATE SET events = events + excluded.events
                """, [.text(tally.kiosk), .text(tally.type), .integer(count)])
        }
        for (tally, count) in newVisits {
            try connection.execute("""
                INSERT INTO funnel_counts (kiosk_id, stage, visits) VALUES (?, ?, ?)
                ON CONFLICT (kiosk_id, stage) DO UPDATE SET visits = visits + excluded.visits
                """, [.text(tally.kiosk), .text(tally.type), .integer(count)])
        }
    }

    /// A visit counts once per stage, however many events of that stage it sent.
    private func isNewVisit(_ connection: Connection, _ entry: Entry) throws(StorageError) -> Bool {
        try connection.execute("INSERT INTO funnel_visits (kiosk_id, stage, visit) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                               [.text(entry.kiosk), .text(entry.type), .text(entry.session ?? entry.id)])
        return connection.changes == 1
    }
}

import JSON
import Logging
import Storage

/// Builds the dashboard's summaries once from the events stored before they existed (schema
/// migration 3), in chunks of events each committed with its progress, so an interrupted
/// backfill resumes where it stopped and never holds the whole log in memory. Runs before the
/// hub listens; a hub with nothing pending pays one small read.
public enum SummaryBackfill {
    static let chunk: Int64 = 5000

    public static func run(_ database: Database, logger: Logger) throws {
        var done = 0
        while let added = try step(database) {
            done += added
            if done % 100_000 < Int(chunk) { logger.notice("dashboard summaries: \(done) events counted") }
        }
        if done > 0 { logger.notice("dashboard summaries built from \(done) stored events") }
    }

    /// Counts the next chunk; nil when nothing is pending any more.
    private static func step(_ database: Database) throws -> Int? {
        try database.write { (connection) throws(StorageError) -> Int? in
            guard let state = try connection.query("SELECT pending, through FROM summary_state WHERE id = 1").first,
                  state.int64(0) == 1, let through = state.int64(1) else { return nil }
            let rows = try connection.query("""
                SELECT rowid, id, kiosk_id, type, at, session, owner, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?
                """, [.integer(through), .integer(chunk)])
            var summaries = Summaries()
            for row in rows {
                guard let id = row.string(1), let kiosk = row.string(2), let type = row.string(3), let at = row.int64(4) else { continue }
                var facts: [JSONField] = []
                if type == "diagnostic.completed", let text = row.string(7), case .object(let data)? = try? JSON.parse(Array(text.utf8)) {
                    facts = data
                }
                try summaries.record(connection, Summaries.Entry(id: id, kiosk: kiosk, type: type, at: at, session: row.string(5),
                                                                 owner: row.string(6), facts: facts))
            }
            try summaries.write(connection)
            let last = rows.last?.int64(0) ?? through
            try connection.execute("UPDATE summary_state SET pending = ?, through = ? WHERE id = 1",
                                   [.integer(rows.isEmpty ? 0 : 1), .integer(last)])
            return rows.count
        }
    }
}

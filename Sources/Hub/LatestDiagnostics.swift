import HubPages
import Storage

/// Each shop's latest diagnostic (the shop is its owner, else its visit, else the event): when
/// a later one arrives, the earlier one's score bands and answers are taken back out of the
/// counts and the new one's put in, so the counts always describe the latest diagnostics only.
/// "Later" is the event's date, then its id, as the dashboard always ordered them.
enum LatestDiagnostics {
    static func record(_ connection: Connection, _ entry: Summaries.Entry) throws(StorageError) {
        let shop = entry.owner ?? entry.session ?? entry.id
        let current = try connection.query("SELECT kiosk_id, at, event_id FROM latest_diagnostics WHERE shop = ?", [.text(shop)]).first
        if let current, let at = current.int64(1), let id = current.string(2) {
            guard (entry.at, entry.id) > (at, id) else { return }
            if let kiosk = current.string(0), let text = try connection.query("SELECT data FROM events WHERE id = ?", [.text(id)]).first?.string(0),
               let facts = DiagnosticFacts(text: text) {
                try count(connection, facts, kiosk: kiosk, by: -1)
            }
        }
        try count(connection, DiagnosticFacts(entry.facts), kiosk: entry.kiosk, by: 1)
        try connection.execute("""
            INSERT INTO latest_diagnostics (shop, kiosk_id, at, event_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (shop) DO UPDATE SET kiosk_id = excluded.kiosk_id, at = excluded.at, event_id = excluded.event_id
            """, [.text(shop), .text(entry.kiosk), .integer(entry.at), .text(entry.id)])
    }

    private static func count(_ connection: Connection, _ facts: DiagnosticFacts, kiosk: String, by step: Int64) throws(StorageError) {
        try connection.execute("""
            INSERT INTO diagnosed_shops (kiosk_id, shops) VALUES (?1, ?2) ON CONFLICT (kiosk_id) DO UPDATE SET shops = shops + ?2
            """, [.text(kiosk), .integer(step)])
        for (dimension, score) in facts.scores {
            try connection.execute("""
                INSERT INTO score_bands (kiosk_id, dimension, band, shops) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (kiosk_id, dimension, band) DO UPDATE SET shops = shops + ?4
                """, [.text(kiosk), .text(dimension), .integer(Int64(DashboardFigures.DimensionBands.band(of: score))), .integer(step)])
        }
        for (question, answer) in facts.answers {
            try connection.execute("""
                INSERT INTO answer_counts (kiosk_id, question, answer, shops) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (kiosk_id, question, answer) DO UPDATE SET shops = shops + ?4
                """, [.text(kiosk), .text(question), .text(answer), .integer(step)])
        }
    }
}

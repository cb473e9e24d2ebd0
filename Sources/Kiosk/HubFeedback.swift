import Onboarding
import PublicPages
import ReportProtocol
import Storage
import Time

/// What the hub last told this kiosk through its signed feedback (`KioskFeedback`): the
/// poster-code prefix, the scans of the kiosk's codes, the slugs refused to its shops. Each
/// answer replaces the previous one whole; entries naming no code or no shop of this kiosk are
/// left out; an unreadable answer time is replaced by the time of the fetch. A new prefix
/// outdates the cached posters, which then carry codes.
struct HubFeedback: Sendable {
    let database: Database
    let generation: Generation

    func store(_ feedback: KioskFeedback, now: Timestamp = .now()) throws(StorageError) {
        let newPrefix = try database.write { (connection) throws(StorageError) -> Bool in
            let old = try connection.query("SELECT prefix FROM hub_feedback").first?.string(0)
            try connection.execute("""
                INSERT INTO hub_feedback (id, prefix, at, fetched_at) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET prefix = excluded.prefix, at = excluded.at, fetched_at = excluded.fetched_at
                """, [.text(feedback.prefix), .text(Timestamp(rfc3339: feedback.at)?.rfc3339 ?? now.rfc3339), .integer(now.milliseconds)])
            try connection.execute("DELETE FROM hub_scans")
            for scans in feedback.scans {
                guard let code = PosterCode(scans.code) else { continue }
                for day in scans.days where CivilDate(iso: day.day) != nil && day.count > 0 {
                    try connection.execute("""
                        INSERT INTO hub_scans (code, day, count) VALUES (?, ?, ?)
                        ON CONFLICT (code, day) DO UPDATE SET count = excluded.count
                        """, [.text(code.text), .text(day.day), .integer(Int64(day.count))])
                }
            }
            try connection.execute("DELETE FROM slug_conflicts")
            for conflict in feedback.slugConflicts where Slug.isValid(Substring(conflict.suggestion)) {
                try connection.execute("""
                    INSERT OR REPLACE INTO slug_conflicts (owner_id, slug, suggestion)
                    SELECT owner_id, slug, ? FROM shops WHERE owner_id = ? AND slug = ?
                    """, [.text(conflict.suggestion), .text(conflict.shop), .text(conflict.slug)])
            }
            return old != feedback.prefix
        }
        if newPrefix { generation.bump() }
    }

    /// The slug the hub refused to the owner's shop and the one it suggests, if any.
    func conflict(ownerID: String) throws(StorageError) -> (slug: String, suggestion: String)? {
        try database.read { (connection) throws(StorageError) in
            guard let row = try connection.query("SELECT slug, suggestion FROM slug_conflicts WHERE owner_id = ?",
                                                 [.text(ownerID)]).first,
                  let slug = row.string(0), let suggestion = row.string(1) else { return nil }
            return (slug, suggestion)
        }
    }
}

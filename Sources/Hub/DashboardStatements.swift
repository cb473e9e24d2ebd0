/// Every statement the dashboard runs, in two versions: one for all kiosks and one for a
/// single kiosk. A single statement with `(?1 IS NULL OR kiosk_id = ?1)` would keep SQLite from
/// using the kiosk's index, so one kiosk would cost as much as all. Each reads summaries or an
/// index made for it; a test runs `EXPLAIN QUERY PLAN` over `all` and finds no full scan.
struct DashboardStatements {
    let weeks: String
    let totalVisits: String
    let funnel: String
    let bands: String
    let answers: String
    let diagnosed: String
    let openCount: String
    let openPage: String
    let done: String
    let conflicts: String
    let posterFormats: String
    let scanWeeks: String
    /// Streamed exports: the rows after a key (row value), a chunk at a time.
    let eventsChunk: String
    let requestsChunk: String
    let scansChunk: String
    let postersChunk: String

    static let requestColumns = "id, kiosk_id, topic, preferred_time, name, phone, requested_at, done_at"

    /// `?1` is unused here, so every statement takes the same bindings in both versions.
    static let everyKiosk = DashboardStatements(
        weeks: "SELECT monday, sum(events) FROM summary_weeks WHERE type = 'visit.started' AND monday >= ?2 AND ?1 IS NULL GROUP BY monday",
        totalVisits: "SELECT coalesce(sum(events), 0) FROM summary_totals WHERE type = 'visit.started' AND ?1 IS NULL",
        funnel: "SELECT stage, sum(visits) FROM funnel_counts WHERE ?1 IS NULL GROUP BY stage",
        bands: "SELECT dimension, band, sum(shops) FROM score_bands WHERE ?1 IS NULL GROUP BY dimension, band",
        answers: "SELECT question, answer, sum(shops) FROM answer_counts WHERE ?1 IS NULL GROUP BY question, answer",
        diagnosed: "SELECT coalesce(sum(shops), 0) FROM diagnosed_shops WHERE ?1 IS NULL",
        openCount: "SELECT count(*) FROM advisor_requests WHERE done_at IS NULL AND ?1 IS NULL",
        openPage: "SELECT \(requestColumns) FROM advisor_requests WHERE done_at IS NULL AND ?1 IS NULL ORDER BY requested_at, id LIMIT ?2 OFFSET ?3",
        done: "SELECT \(requestColumns) FROM advisor_requests WHERE done_at IS NOT NULL AND ?1 IS NULL ORDER BY done_at DESC, id DESC LIMIT ?2",
        conflicts: """
            SELECT c.slug, c.kiosk_id, p.kiosk_id, c.at FROM slug_conflicts c LEFT JOIN pages p ON p.slug = c.slug
            WHERE ?1 IS NULL ORDER BY c.at DESC, c.slug DESC LIMIT ?2
            """,
        posterFormats: "SELECT format, sum(posters), sum(scans) FROM poster_totals WHERE ?1 IS NULL GROUP BY format",
        scanWeeks: "SELECT monday, sum(scans) FROM scan_weeks WHERE monday >= ?2 AND ?1 IS NULL GROUP BY monday",
        eventsChunk: """
            SELECT kiosk_id, monday, type, events FROM summary_weeks WHERE ?1 IS NULL AND (kiosk_id, monday, type) > (?2, ?3, ?4)
            ORDER BY kiosk_id, monday, type LIMIT ?5
            """,
        requestsChunk: """
            SELECT \(requestColumns) FROM advisor_requests WHERE ?1 IS NULL AND (requested_at, id) > (?2, ?3)
            ORDER BY requested_at, id LIMIT ?4
            """,
        scansChunk: """
            SELECT kiosk_id, monday, format, scans FROM scan_weeks WHERE ?1 IS NULL AND (kiosk_id, monday, format) > (?2, ?3, ?4)
            ORDER BY kiosk_id, monday, format LIMIT ?5
            """,
        postersChunk: """
            SELECT kiosk_id, format, posters, scans FROM poster_totals WHERE ?1 IS NULL AND (kiosk_id, format) > (?2, ?3)
            ORDER BY kiosk_id, format LIMIT ?4
            """)

    static let oneKiosk = DashboardStatements(
        weeks: "SELECT monday, events FROM summary_weeks WHERE kiosk_id = ?1 AND monday >= ?2 AND type = 'visit.started'",
        totalVisits: "SELECT coalesce(sum(events), 0) FROM summary_totals WHERE kiosk_id = ?1 AND type = 'visit.started'",
        funnel: "SELECT stage, visits FROM funnel_counts WHERE kiosk_id = ?1",
        bands: "SELECT dimension, band, shops FROM score_bands WHERE kiosk_id = ?1",
        answers: "SELECT question, answer, shops FROM answer_counts WHERE kiosk_id = ?1",
        diagnosed: "SELECT coalesce(sum(shops), 0) FROM diagnosed_shops WHERE kiosk_id = ?1",
        openCount: "SELECT count(*) FROM advisor_requests WHERE done_at IS NULL AND kiosk_id = ?1",
        openPage: "SELECT \(requestColumns) FROM advisor_requests WHERE done_at IS NULL AND kiosk_id = ?1 ORDER BY requested_at, id LIMIT ?2 OFFSET ?3",
        done: "SELECT \(requestColumns) FROM advisor_requests WHERE done_at IS NOT NULL AND kiosk_id = ?1 ORDER BY done_at DESC, id DESC LIMIT ?2",
        conflicts: """
            SELECT slug, kiosk_id, holder, at FROM (
                SELECT c.slug, c.kiosk_id, p.kiosk_id AS holder, c.at FROM slug_conflicts c LEFT JOIN pages p ON p.slug = c.slug
                WHERE c.kiosk_id = ?1
                UNION
                SELECT c.slug, c.kiosk_id, p.kiosk_id, c.at FROM pages p JOIN slug_conflicts c ON c.slug = p.slug WHERE p.kiosk_id = ?1)
            ORDER BY at DESC, slug DESC LIMIT ?2
            """,
        posterFormats: "SELECT format, posters, scans FROM poster_totals WHERE kiosk_id = ?1",
        scanWeeks: "SELECT monday, sum(scans) FROM scan_weeks WHERE kiosk_id = ?1 AND monday >= ?2 GROUP BY monday",
        eventsChunk: """
            SELECT kiosk_id, monday, type, events FROM summary_weeks WHERE kiosk_id = ?1 AND (kiosk_id, monday, type) > (?2, ?3, ?4)
            ORDER BY kiosk_id, monday, type LIMIT ?5
            """,
        requestsChunk: """
            SELECT \(requestColumns) FROM advisor_requests WHERE kiosk_id = ?1 AND (requested_at, id) > (?2, ?3)
            ORDER BY requested_at, id LIMIT ?4
            """,
        scansChunk: """
            SELECT kiosk_id, monday, format, scans FROM scan_weeks WHERE kiosk_id = ?1 AND (kiosk_id, monday, format) > (?2, ?3, ?4)
            ORDER BY kiosk_id, monday, format LIMIT ?5
            """,
        postersChunk: """
            SELECT kiosk_id, format, posters, scans FROM poster_totals WHERE kiosk_id = ?1 AND (kiosk_id, format) > (?2, ?3)
            ORDER BY kiosk_id, format LIMIT ?4
            """)

    /// The kiosks' list (every kiosk page shows it on the overview only).
    static let kiosks = """
        SELECT k.id, k.last_report_at, coalesce(t.events, 0), k.prefix FROM kiosks k
        LEFT JOIN summary_totals t ON t.kiosk_id = k.id AND t.type = 'visit.started' ORDER BY k.id
        """
    static let kioskIDs = "SELECT id FROM kiosks ORDER BY id"

    static func scoped(_ kiosk: String?) -> DashboardStatements { kiosk == nil ? everyKiosk : oneKiosk }

    /// Each statement with its number of bindings, for the query-plan test.
    var all: [(sql: String, bindings: Int)] {
        [(weeks, 2), (totalVisits, 1), (funnel, 1), (bands, 1), (answers, 1), (diagnosed, 1), (openCount, 1), (openPage, 3), (done, 2),
         (conflicts, 2), (posterFormats, 1), (scanWeeks, 2), (eventsChunk, 5), (requestsChunk, 4), (scansChunk, 5), (postersChunk, 4)]
    }
}

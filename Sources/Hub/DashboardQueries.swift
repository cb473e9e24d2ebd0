import Onboarding
import HubPages
import Pages
import Storage
import Time

/// The dashboard's figures, for every kiosk (`kiosk` nil) or one, read in one snapshot.
struct DashboardQueries: Sendable {
    let database: Database
    let content: Content
    let targets: HubTargets
    static let weekCount = 12
    /// Requests already handled still shown, most recent first.
    static let doneShown = 20

    func figures(kiosk: String?, now: Timestamp) throws -> DashboardFigures {
        let scope = kiosk.map(SQLValue.text) ?? .null
        return try database.read { (connection) throws(StorageError) in
            let diagnostics = try DashboardDiagnostics(connection, scope: scope)
            return DashboardFigures(
                weeks: try weeks(connection, scope: scope, now: now),
                totalVisits: try count(connection, "SELECT count(*) FROM events WHERE type = 'visit.started' AND (?1 IS NULL OR kiosk_id = ?1)", scope),
                funnel: try Self.funnel(connection, scope: scope), dimensions: diagnostics.bands(content),
                onboarded: diagnostics.latest.count, targets: diagnostics.progress(targets),
                advisorRequests: try Self.requests(connection, scope: scope), conflicts: try conflicts(connection, scope: scope),
                kiosks: try kiosks(connection))
        }
    }

    /// Whether `id` is a registered kiosk.
    func kioskExists(_ id: String) throws -> Bool {
        try database.read { (connection) throws(StorageError) in !(try connection.query("SELECT 1 FROM kiosks WHERE id = ?", [.text(id)]).isEmpty) }
    }

    private func weeks(_ connection: Connection, scope: SQLValue, now: Timestamp) throws(StorageError) -> [DashboardFigures.WeekCount] {
        try DashboardWeeks.last(Self.weekCount, now: now).map { (week) throws(StorageError) in
            let visits = try connection.query("""
                SELECT count(*) FROM events WHERE type = 'visit.started' AND at >= ?2 AND at < ?3 AND (?1 IS NULL OR kiosk_id = ?1)
                """, [scope, .integer(week.start), .integer(week.end)]).first?.int(0) ?? 0
            return DashboardFigures.WeekCount(monday: week.monday, visits: visits)
        }
    }

    /// Distinct visits (an event without a visit counts alone) that reached each step.
    static func funnel(_ connection: Connection, scope: SQLValue) throws(StorageError) -> DashboardFigures.Funnel {
        let rows = try connection.query("""
            SELECT type, count(DISTINCT coalesce(session, id)) FROM events
            WHERE type IN ('visit.started', 'diagnostic.completed', 'page.published', 'poster.printed') AND (?1 IS NULL OR kiosk_id = ?1)
            GROUP BY type
            """, [scope])
        var counts: [String: Int] = [:]
        for row in rows { if let type = row.string(0) { counts[type] = row.int(1) ?? 0 } }
        return DashboardFigures.Funnel(visits: counts["visit.started"] ?? 0, diagnostics: counts["diagnostic.completed"] ?? 0,
                                       pages: counts["page.published"] ?? 0, posters: counts["poster.printed"] ?? 0)
    }

    /// Every open request, oldest first, then the last ones done.
    static func requests(_ connection: Connection, scope: SQLValue, doneLimit: Int = doneShown) throws(StorageError) -> [DashboardFigures.AdvisorRequestRow] {
        let columns = "id, kiosk_id, topic, preferred_time, name, phone, requested_at, done_at"
        let open = try connection.query("""
            SELECT \(columns) FROM advisor_requests WHERE done_at IS NULL AND (?1 IS NULL OR kiosk_id = ?1) ORDER BY requested_at, id
            """, [scope], as: "open advisor requests", requestRow)
        let done = try connection.query("""
            SELECT \(columns) FROM advisor_requests WHERE done_at IS NOT NULL AND (?1 IS NULL OR kiosk_id = ?1)
            ORDER BY done_at DESC, id LIMIT ?2
            """, [scope, .integer(Int64(doneLimit))], as: "handled advisor requests", requestRow)
        return open + done
    }

    private static func requestRow(_ row: Row) -> DashboardFigures.AdvisorRequestRow? {
        guard let id = row.string(0), let kiosk = row.string(1), let topic = row.string(2), let time = row.string(3),
              let requested = row.int64(6) else { return nil }
        return DashboardFigures.AdvisorRequestRow(id: id, kiosk: kiosk, topic: topic, preferredTime: time, name: row.string(4),
                                                  phone: row.string(5), requestedAt: Timestamp(milliseconds: requested),
                                                  doneAt: row.int64(7).map(Timestamp.init(milliseconds:)))
    }

    private func conflicts(_ connection: Connection, scope: SQLValue) throws(StorageError) -> [DashboardFigures.SlugConflictRow] {
        try connection.query("""
            SELECT c.slug, c.kiosk_id, p.kiosk_id, c.at FROM slug_conflicts c LEFT JOIN pages p ON p.slug = c.slug
            WHERE ?1 IS NULL OR c.kiosk_id = ?1 OR p.kiosk_id = ?1 ORDER BY c.at DESC, c.slug
            """, [scope], as: "slug conflicts") { row in
            guard let slug = row.string(0), let kiosk = row.string(1), let at = row.int64(3) else { return nil }
            return DashboardFigures.SlugConflictRow(slug: slug, kiosk: kiosk, holder: row.string(2), at: Timestamp(milliseconds: at))
        }
    }

    private func kiosks(_ connection: Connection) throws(StorageError) -> [DashboardFigures.KioskRow] {
        try connection.query("""
            SELECT k.id, k.last_report_at, (SELECT count(*) FROM events e WHERE e.kiosk_id = k.id AND e.type = 'visit.started')
            FROM kiosks k ORDER BY k.id
            """, as: "kiosks") { row in
            guard let id = row.string(0) else { return nil }
            return DashboardFigures.KioskRow(id: id, lastReport: row.int64(1).map(Timestamp.init(milliseconds:)), visits: row.int(2) ?? 0)
        }
    }

    private func count(_ connection: Connection, _ sql: String, _ scope: SQLValue) throws(StorageError) -> Int {
        try connection.query(sql, [scope]).first?.int(0) ?? 0
    }

    /// Marks a request handled; false when there is no such open request.
    func markDone(request id: String, now: Timestamp) throws -> Bool {
        try database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE advisor_requests SET done_at = ? WHERE id = ? AND done_at IS NULL",
                                   [.integer(now.milliseconds), .text(id)])
            return connection.changes == 1
        }
    }
}

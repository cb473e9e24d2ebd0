import HubPages
import Onboarding
import Storage
import Time

/// The dashboard's figures, for every kiosk (`kiosk` nil) or one, read in one snapshot from the
/// summaries kept at ingest (`Summaries`): the same few hundred rows whatever the history.
struct DashboardQueries: Sendable {
    let database: Database
    let content: Content
    let targets: HubTargets
    static let weekCount = 12
    /// Requests already handled still shown, most recent first.
    static let doneShown = 20
    /// Open requests shown on one page.
    static let pageSize = 50
    /// Slug conflicts shown, most recent first.
    static let conflictsShown = 100

    /// `requestPage` (1 for the oldest open requests) is brought into range.
    func figures(kiosk: String?, now: Timestamp, requestPage: Int = 1) throws -> DashboardFigures {
        let sql = DashboardStatements.scoped(kiosk)
        let scope = kiosk.map(SQLValue.text) ?? .null
        return try database.read { (connection) throws(StorageError) in
            let onboarded = try Self.integer(connection, sql.diagnosed, [scope])
            let open = try Self.integer(connection, sql.openCount, [scope])
            let paging = DashboardFigures.Paging(page: 1, pageSize: Self.pageSize, total: open)
            let page = DashboardFigures.Paging(page: min(max(1, requestPage), paging.pageCount), pageSize: Self.pageSize, total: open)
            return DashboardFigures(
                weeks: try weeks(connection, sql, scope: scope, now: now),
                totalVisits: try Self.integer(connection, sql.totalVisits, [scope]),
                funnel: try Self.funnel(connection, sql, scope: scope),
                dimensions: try bands(connection, sql, scope: scope),
                onboarded: onboarded, targets: try progress(connection, sql, scope: scope, onboarded: onboarded),
                advisorRequests: try requests(connection, sql, scope: scope, paging: page), requestPaging: page,
                conflicts: try conflicts(connection, sql, scope: scope),
                kiosks: kiosk == nil ? try kiosks(connection) : [],
                posterScans: DashboardFigures.PosterScans(formats: try formats(connection, sql, scope: scope),
                                                          weeks: try scanWeeks(connection, sql, scope: scope, now: now)))
        }
    }

    /// Whether `id` is a registered kiosk.
    func kioskExists(_ id: String) throws -> Bool {
        try database.read { (connection) throws(StorageError) in !(try connection.query("SELECT 1 FROM kiosks WHERE id = ?", [.text(id)]).isEmpty) }
    }

    private func weeks(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue,
                       now: Timestamp) throws(StorageError) -> [DashboardFigures.WeekCount] {
        let weeks = DashboardWeeks.last(Self.weekCount, now: now)
        var visits: [Int64: Int] = [:]
        for row in try connection.query(sql.weeks, [scope, .integer(weeks[0].monday.dayNumber)]) {
            if let monday = row.int64(0) { visits[monday] = row.int(1) ?? 0 }
        }
        return weeks.map { DashboardFigures.WeekCount(monday: $0.monday, visits: visits[$0.monday.dayNumber] ?? 0) }
    }

    /// Distinct visits (an event without a visit counts alone) that reached each step.
    static func funnel(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue) throws(StorageError) -> DashboardFigures.Funnel {
        var counts: [String: Int] = [:]
        for row in try connection.query(sql.funnel, [scope]) {
            if let stage = row.string(0) { counts[stage] = row.int(1) ?? 0 }
        }
        let steps = Summaries.stages.map { counts[$0] ?? 0 }
        return DashboardFigures.Funnel(visits: steps[0], diagnostics: steps[1], pages: steps[2], posters: steps[3])
    }

    /// Shops per score band, for each dimension of the content, in its order.
    private func bands(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue) throws(StorageError) -> [DashboardFigures.DimensionBands] {
        var counts: [String: [Int]] = [:]
        for row in try connection.query(sql.bands, [scope]) {
            guard let dimension = row.string(0), let band = row.int(1), (0..<5).contains(band) else { continue }
            counts[dimension, default: [0, 0, 0, 0, 0]][band] += row.int(2) ?? 0
        }
        return content.dimensions.map {
            DashboardFigures.DimensionBands(id: $0.id, name: $0.name, bands: counts[$0.id] ?? [0, 0, 0, 0, 0])
        }
    }

    /// Each target's count of shops whose latest answer is one of those that count.
    private func progress(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue,
                          onboarded: Int) throws(StorageError) -> [DashboardFigures.TargetProgress] {
        var shops: [String: [String: Int]] = [:]
        for row in try connection.query(sql.answers, [scope]) {
            guard let question = row.string(0), let answer = row.string(1) else { continue }
            shops[question, default: [:]][answer, default: 0] += row.int(2) ?? 0
        }
        return targets.targets.map { target in
            let reached = target.answers.reduce(0) { $0 + (shops[target.question]?[$1] ?? 0) }
            return DashboardFigures.TargetProgress(label: target.label, targetPercent: target.targetPercent, reached: reached, of: onboarded)
        }
    }

    /// One page of open requests, oldest first, then the last ones done.
    private func requests(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue,
                          paging: DashboardFigures.Paging) throws(StorageError) -> [DashboardFigures.AdvisorRequestRow] {
        let open = try connection.query(sql.openPage, [scope, .integer(Int64(paging.pageSize)), .integer(Int64(paging.offset))],
                                        as: "open advisor requests", Self.request)
        let done = try connection.query(sql.done, [scope, .integer(Int64(Self.doneShown))], as: "handled advisor requests", Self.request)
        return open + done
    }

    static func request(_ row: Row) -> DashboardFigures.AdvisorRequestRow? {
        guard let id = row.string(0), let kiosk = row.string(1), let topic = row.string(2), let time = row.string(3),
              let requested = row.int64(6) else { return nil }
        return DashboardFigures.AdvisorRequestRow(id: id, kiosk: kiosk, topic: topic, preferredTime: time, name: row.string(4),
                                                  phone: row.string(5), requestedAt: Timestamp(milliseconds: requested),
                                                  doneAt: row.int64(7).map(Timestamp.init(milliseconds:)))
    }

    private func conflicts(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue) throws(StorageError) -> [DashboardFigures.SlugConflictRow] {
        try connection.query(sql.conflicts, [scope, .integer(Int64(Self.conflictsShown))], as: "slug conflicts") { row in
            guard let slug = row.string(0), let kiosk = row.string(1), let at = row.int64(3) else { return nil }
            return DashboardFigures.SlugConflictRow(slug: slug, kiosk: kiosk, holder: row.string(2), at: Timestamp(milliseconds: at))
        }
    }

    /// Posters printed and scans, per format, formats in name order.
    private func formats(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue) throws(StorageError) -> [DashboardFigures.FormatScans] {
        try connection.query(sql.posterFormats, [scope], as: "poster totals") { row in
            row.string(0).map { DashboardFigures.FormatScans(format: $0, posters: row.int(1) ?? 0, scans: row.int(2) ?? 0) }
        }.sorted { $0.format < $1.format }
    }

    /// Scans per week, the same 12 weeks as the visits.
    private func scanWeeks(_ connection: Connection, _ sql: DashboardStatements, scope: SQLValue,
                           now: Timestamp) throws(StorageError) -> [DashboardFigures.WeekScans] {
        let weeks = DashboardWeeks.last(Self.weekCount, now: now)
        var scans: [Int64: Int] = [:]
        for row in try connection.query(sql.scanWeeks, [scope, .integer(weeks[0].monday.dayNumber)]) {
            if let monday = row.int64(0) { scans[monday] = row.int(1) ?? 0 }
        }
        return weeks.map { DashboardFigures.WeekScans(monday: $0.monday, scans: scans[$0.monday.dayNumber] ?? 0) }
    }

    private func kiosks(_ connection: Connection) throws(StorageError) -> [DashboardFigures.KioskRow] {
        try connection.query(DashboardStatements.kiosks, as: "kiosks") { row in
            guard let id = row.string(0) else { return nil }
            return DashboardFigures.KioskRow(id: id, lastReport: row.int64(1).map(Timestamp.init(milliseconds:)), visits: row.int(2) ?? 0,
                                             prefix: row.string(3) ?? "")
        }
    }

    static func integer(_ connection: Connection, _ sql: String, _ bindings: [SQLValue]) throws(StorageError) -> Int {
        try connection.query(sql, bindings).first?.int(0) ?? 0
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

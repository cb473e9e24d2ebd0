import Foundation
@testable import Hub
import HubPages
import JSON
import Onboarding
import Storage
import Testing
import Time
import ReportProtocol
import TestSupport

/// The dashboard reads summaries kept at ingest: on random histories (events out of order,
/// repeated diagnostics, visits that reach some stages twice) they must give exactly what a full
/// recount of the event log gives, for every kiosk together and for each one; and the backfill
/// that builds them for a database from before them must give the same.
@Suite("Dashboard summaries equal a full recount", .ownThreads)
struct SummaryTests {
    static let kiosks = ["k1", "k2", "k3"]
    static let dimensions = ["presence", "vente", "clients", "gestion", "securite", "competences"]
    static let answers = ["site-web": ["oui-a-jour", "oui-ancien", "non"], "vente-internet": ["regulierement", "parfois", "non"],
                          "commande-distance": ["en-ligne-paye", "en-ligne", "non"]]
    static let types = ["visit.started", "visit.started", "diagnostic.completed", "diagnostic.completed", "page.published",
                        "poster.printed", "training.passed", "visit.ended"]

    /// A random history: a few hundred events over 16 weeks, sent in shuffled batches.
    static func history(seed: UInt64, into browser: DashboardFixture) throws {
        var random = SeededRandom(seed: seed)
        var secrets: [String: WebhookSecret] = ["k1": browser.hub.secret]
        for kiosk in kiosks.dropFirst() { secrets[kiosk] = try Kiosks(database: browser.database).add(name: kiosk, now: HubFixture.registered).secret }
        let now = Timestamp.now()
        var events: [(String, ReportEvent)] = []
        for _ in 0..<400 {
            let kiosk = kiosks.randomElement(using: &random)!
            let type = types.randomElement(using: &random)!
            let at = now.adding(seconds: -Int64.random(in: 0...(16 * 7 * 86_400), using: &random))
            let session = Bool.random(using: &random) || type == "visit.started" ? "\(kiosk)-s\(Int.random(in: 0..<40, using: &random))" : nil
            let owner = Int.random(in: 0..<4, using: &random) == 0 ? "\(kiosk)-o\(Int.random(in: 0..<6, using: &random))" : nil
            guard type == "diagnostic.completed" else {
                events.append((kiosk, DashboardFixture.event(type, at: at, session: session, owner: owner)))
                continue
            }
            var scores: [String: Int?] = [:]
            for dimension in dimensions where Int.random(in: 0..<5, using: &random) > 0 { scores[dimension] = Int.random(in: 0...100, using: &random) }
            var chosen: [String: String] = [:]
            for (question, options) in answers where Bool.random(using: &random) { chosen[question] = options.randomElement(using: &random)! }
            events.append((kiosk, DashboardFixture.diagnostic(at: at, session: session ?? "\(kiosk)-lone\(events.count)", owner: owner,
                                                              overall: 50, scores: scores, answers: chosen)))
        }
        events.shuffle(using: &random)
        var index = 0
        while index < events.count {
            let kiosk = events[index].0
            let batch = events[index...].prefix { $0.0 == kiosk }.prefix(Int.random(in: 1...30, using: &random)).map(\.1)
            try browser.send(batch, kiosk: kiosk, secret: secrets[kiosk])
            index += batch.count
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func summariesEqualARecountOfTheEvents(seed: UInt64) throws {
        let browser = try DashboardFixture()
        try Self.history(seed: seed, into: browser)
        let queries = DashboardQueries(database: browser.database, content: browser.content.french, targets: browser.app.services.settings.targets)
        let now = Timestamp.now()
        for kiosk in [nil] + Self.kiosks.map(Optional.some) {
            let figures = try queries.figures(kiosk: kiosk, now: now)
            let recount = try Recount(browser.database, kiosk: kiosk, now: now, content: browser.content.french,
                                      targets: browser.app.services.settings.targets)
            #expect(figures.weeks == recount.weeks, "kiosk \(kiosk ?? "all")")
            #expect(figures.totalVisits == recount.totalVisits)
            #expect(figures.funnel == recount.funnel)
            #expect(figures.dimensions == recount.bands)
            #expect(figures.onboarded == recount.onboarded)
            #expect(figures.targets == recount.targets)
            if kiosk == nil { #expect(figures.kiosks.map(\.visits) == recount.kioskVisits) }
        }
    }

    @Test func theBackfillBuildsTheSameSummariesFromStoredEvents() throws {
        let browser = try DashboardFixture()
        try Self.history(seed: 9, into: browser)
        let tables = ["summary_weeks", "summary_totals", "funnel_visits", "funnel_counts", "latest_diagnostics", "diagnosed_shops",
                      "score_bands", "answer_counts"]
        func snapshot() throws -> [String] {
            try browser.database.read { (connection) throws(StorageError) in
                var lines: [String] = []
                for table in tables {
                    lines += try connection.query("SELECT * FROM \(table)").map { row in
                        table + ":" + row.values.map { "\($0)" }.joined(separator: "|")
                    }
                }
                return lines
            }.sorted()
        }
        let kept = try snapshot()
        try browser.database.write { (connection) throws(StorageError) in
            for table in tables { try connection.execute("DELETE FROM \(table)") }
            try connection.execute("UPDATE summary_state SET pending = 1, through = 0")
        }
        try SummaryBackfill.run(browser.database, logger: .init(label: "test"))
        #expect(try snapshot().filter { !$0.hasSuffix("|0") } == kept.filter { !$0.hasSuffix("|0") },
                "counts that went back to zero may be absent after a rebuild")
        #expect(try browser.scalar("SELECT pending FROM summary_state") == .integer(0))
    }
}

/// The figures counted the slow way, straight from the event log (what the dashboard did
/// before the summaries).
struct Recount {
    var weeks: [DashboardFigures.WeekCount] = []
    var totalVisits = 0
    var funnel = DashboardFigures.Funnel(visits: 0, diagnostics: 0, pages: 0, posters: 0)
    var bands: [DashboardFigures.DimensionBands] = []
    var onboarded = 0
    var targets: [DashboardFigures.TargetProgress] = []
    var kioskVisits: [Int] = []

    init(_ database: Database, kiosk: String?, now: Timestamp, content: Onboarding.Content, targets: HubTargets) throws {
        let scope = kiosk.map(SQLValue.text) ?? .null
        try database.read { (connection) throws(StorageError) in
            func count(_ sql: String, _ bindings: [SQLValue]) throws(StorageError) -> Int { try connection.query(sql, bindings).first?.int(0) ?? 0 }
            weeks = try DashboardWeeks.last(12, now: now).map { (week) throws(StorageError) in
                DashboardFigures.WeekCount(monday: week.monday, visits: try count("""
                    SELECT count(*) FROM events WHERE type = 'visit.started' AND at >= ?2 AND at < ?3 AND (?1 IS NULL OR kiosk_id = ?1)
                    """, [scope, .integer(week.start), .integer(week.end)]))
            }
            totalVisits = try count("SELECT count(*) FROM events WHERE type = 'visit.started' AND (?1 IS NULL OR kiosk_id = ?1)", [scope])
            let steps = try Summaries.stages.map { (stage) throws(StorageError) in
                try count("SELECT count(DISTINCT coalesce(session, id)) FROM events WHERE type = ?2 AND (?1 IS NULL OR kiosk_id = ?1)",
                          [scope, .text(stage)])
            }
            funnel = DashboardFigures.Funnel(visits: steps[0], diagnostics: steps[1], pages: steps[2], posters: steps[3])
            var latest: [String: DiagnosticFacts] = [:]
            for row in try connection.query("""
                SELECT coalesce(owner, session, id), data FROM events
                WHERE type = 'diagnostic.completed' AND (?1 IS NULL OR kiosk_id = ?1) ORDER BY at, id
                """, [scope]) {
                latest[row.string(0)!] = DiagnosticFacts(text: row.string(1)!)
            }
            bands = content.dimensions.map { dimension in
                var bands = [0, 0, 0, 0, 0]
                for shop in latest.values { if let score = shop.scores[dimension.id] { bands[DashboardFigures.DimensionBands.band(of: score)] += 1 } }
                return DashboardFigures.DimensionBands(id: dimension.id, name: dimension.name, bands: bands)
            }
            onboarded = latest.count
            self.targets = targets.targets.map { target in
                let reached = latest.values.filter { $0.answers[target.question].map(target.answers.contains) ?? false }.count
                return DashboardFigures.TargetProgress(label: target.label, targetPercent: target.targetPercent, reached: reached, of: latest.count)
            }
            kioskVisits = try connection.query("""
                SELECT (SELECT count(*) FROM events e WHERE e.kiosk_id = k.id AND e.type = 'visit.started') FROM kiosks k ORDER BY k.id
                """).map { $0.int(0) ?? 0 }
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing seed can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

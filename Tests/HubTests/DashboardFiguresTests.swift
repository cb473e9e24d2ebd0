import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Hub
import JSON
import HubPages
import Pages
import Storage
import Testing
import Time
import ReportProtocol
import TestSupport

@Suite("Dashboard figures from a hand-built event set", .ownThreads)
struct DashboardFiguresTests {
    static let now = Timestamp.now()
    static let weekAgo2 = now.adding(seconds: -14 * 86_400)

    /// Kiosk k1: three visits (one two weeks ago), two diagnostics, one page, one poster, two
    /// call-back requests; kiosk k2: one visit.
    static func fill(_ browser: DashboardFixture) throws {
        let profile: JSONValue = .object([JSONField("name", .string("Crêperie Élodie")), JSONField("hours", .array([])),
                                          JSONField("closures", .array([])), JSONField("services", .array([])),
                                          JSONField("accent", .string("#1f5c99"))])
        try browser.send([
            DashboardFixture.event("visit.started", session: "s1", [JSONField("language", .string("fr"))]),
            DashboardFixture.event("visit.started", session: "s2", [JSONField("language", .string("en"))]),
            DashboardFixture.event("visit.started", at: weekAgo2, session: "s3", [JSONField("language", .string("fr"))]),
            DashboardFixture.diagnostic(session: "s1", overall: 70, scores: ["presence": 85, "vente": 19, "securite": nil],
                                        answers: ["site-web": "oui-a-jour", "vente-internet": "non"]),
            // s2 did the diagnostic twice: only the latest counts.
            DashboardFixture.diagnostic(at: now.adding(seconds: -60), session: "s2", overall: 10, scores: ["presence": 0],
                                        answers: ["site-web": "oui-ancien"]),
            DashboardFixture.diagnostic(session: "s2", overall: 30, scores: ["presence": 20, "vente": 100], answers: ["site-web": "non",
                                        "vente-internet": "regulierement"]),
            DashboardFixture.event("consent.given", session: "s1", owner: "o1", [JSONField("purposes", .array([.string("publish")])),
                                   JSONField("hub", .bool(false)), JSONField("noticeHash", .string("h"))]),
            DashboardFixture.event("page.published", session: "s1", owner: "o1", [JSONField("slug", .string("creperie-elodie")),
                                                                                   JSONField("page", profile)]),
            DashboardFixture.event("poster.printed", session: "s1", owner: "o1", [JSONField("slug", .string("creperie-elodie")),
                                                                                  JSONField("format", .string("A4"))]),
            DashboardFixture.advisor(id: "r1", session: "s1", topic: "site"),
            DashboardFixture.advisor(id: "r2", session: "s2", topic: "vente"),
        ])
        let k2 = try Kiosks(database: browser.database).add(name: "k2", now: HubFixture.registered).secret
        try browser.send([DashboardFixture.event("visit.started", session: "t1", [JSONField("language", .string("fr"))])],
                         kiosk: "k2", secret: k2)
    }

    func queries(_ browser: DashboardFixture) throws -> DashboardQueries {
        DashboardQueries(database: browser.database, content: browser.content.french,
                         targets: try HubTargets.load(directory: HubFixture.repositoryRoot + "/content", content: browser.content.french))
    }

    @Test func figuresForOneKiosk() throws {
        let browser = try DashboardFixture()
        try Self.fill(browser)
        let figures = try queries(browser).figures(kiosk: "k1", now: Self.now)
        #expect(figures.totalVisits == 3)
        #expect(figures.weeks.count == 12 && figures.weeks.last?.visits == 2 && figures.weeks[9].visits == 1)
        #expect(figures.weeks.map(\.visits).reduce(0, +) == 3)
        #expect(figures.weeks.allSatisfy { $0.monday.weekday == 1 })
        #expect(figures.funnel == DashboardFigures.Funnel(visits: 3, diagnostics: 2, pages: 1, posters: 1))
        #expect(figures.onboarded == 2)
        let bands = Dictionary(uniqueKeysWithValues: figures.dimensions.map { ($0.id, $0.bands) })
        #expect(figures.dimensions.map(\.id) == browser.content.french.dimensions.map(\.id))
        #expect(figures.dimensions.first?.name == "Présence en ligne")
        #expect(bands["presence"] == [0, 1, 0, 0, 1], "85 and 20 (s2's latest), not s2's earlier 0")
        #expect(bands["vente"] == [1, 0, 0, 0, 1], "19 is in 0–19, 100 in 80–100")
        #expect(bands["securite"] == [0, 0, 0, 0, 0], "an unscored dimension counts nowhere")
        let targets = Dictionary(uniqueKeysWithValues: figures.targets.map { ($0.label, $0) })
        #expect(targets["Commerces qui ont un site internet"].map { ($0.reached, $0.of, $0.targetPercent) }! == (1, 2, 50))
        #expect(targets["Commerces qui vendent en ligne"].map { ($0.reached, $0.of) }! == (1, 2))
        #expect(figures.advisorRequests.map(\.id) == ["r1", "r2"])
    }

    @Test func figuresForEveryKiosk() throws {
        let browser = try DashboardFixture()
        try Self.fill(browser)
        let figures = try queries(browser).figures(kiosk: nil, now: Self.now)
        #expect(figures.totalVisits == 4 && figures.funnel.visits == 4 && figures.weeks.last?.visits == 3)
        #expect(figures.kiosks.map(\.id) == ["k1", "k2"] && figures.kiosks.map(\.visits) == [3, 1])
        #expect(figures.kiosks.allSatisfy { $0.lastReport != nil })
        let k2 = try queries(browser).figures(kiosk: "k2", now: Self.now)
        #expect(k2.funnel == DashboardFigures.Funnel(visits: 1, diagnostics: 0, pages: 0, posters: 0) && k2.advisorRequests.isEmpty)
    }

    @Test func parisWeeksStartOnMondayMidnight() {
        // 2025-03-31 is the Monday after the switch to summer time: midnight is 22:00 UTC.
        let monday = CivilDate(iso: "2025-03-31")!
        let week = DashboardWeeks.week(of: monday)
        #expect(Timestamp(milliseconds: week.start).rfc3339.hasPrefix("2025-03-30T22:00:00"))
        #expect(Timestamp(milliseconds: week.end).rfc3339.hasPrefix("2025-04-06T22:00:00"))
        #expect(DashboardWeeks.monday(of: Timestamp(milliseconds: week.start)) == monday)
        #expect(DashboardWeeks.monday(of: Timestamp(milliseconds: week.start - 1)) == monday.adding(days: -7))
        let winter = DashboardWeeks.week(of: CivilDate(iso: "2025-01-06")!)
        #expect(Timestamp(milliseconds: winter.start).rfc3339.hasPrefix("2025-01-05T23:00:00"))
    }

    @Test func theDashboardShowsTheFiguresWithChartsAndTables() throws {
        let browser = try DashboardFixture()
        try Self.fill(browser)
        browser.logIn()
        let page = browser.call(.get, "/admin")
        #expect(page.status == 200 && page.header("Content-Type") == "text/html; charset=utf-8")
        let html = page.text
        for text in ["Vue d’ensemble", "Visites par semaine", "Parcours", "Présence en ligne", "Commerces qui ont un site internet",
                     "Demandes de rappel", "Connecté : anne", "/admin/kiosks/k2", "/admin/export/events.csv"] {
            #expect(html.contains(text), "\(text)")
        }
        #expect(html.contains("1 / 2 · 50\u{202F}%"), "site-web target: 1 of 2 shops")
        #expect(html.contains("<th scope=\"row\">Diagnostic</th><td class=\"n\">2</td><td>50\u{202F}%</td>"), "funnel table beside the chart")
        let kiosk = browser.call(.get, "/admin/kiosks/k2")
        #expect(kiosk.status == 200 && kiosk.text.contains("<h1>Borne k2</h1>"))
        #expect(!kiosk.text.contains("/admin/kiosks/k1"), "another kiosk's requests are not listed")
    }

    @Test func everyPageHasAStrictPolicyWithItsStyleHash() throws {
        let browser = try DashboardFixture()
        try Self.fill(browser)
        browser.logIn()
        for path in ["/admin/login", "/admin", "/admin/kiosks/k1"] {
            if path == "/admin/login" { browser.cookies = [:] }
            let page = browser.call(.get, path)
            let policy = try #require(page.header("Content-Security-Policy"))
            #expect(policy.contains("default-src 'none'") && policy.contains("form-action 'self'") && policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"))
            #expect(!page.text.contains("<script"), "no script at all")
            let style = try #require(page.text.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>").first)
            let hash = Data(SHA256Check.digest(Data(style.utf8))).base64EncodedString()
            #expect(policy.contains("'sha256-\(hash)'"))
            #expect(page.header("Cache-Control") == "no-store")
            if path == "/admin/login" { browser.logIn() }
        }
    }

    @Test func chartsAreWellFormedSVG() throws {
        let browser = try DashboardFixture()
        try Self.fill(browser)
        browser.logIn()
        let html = browser.call(.get, "/admin").text
        let charts = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        #expect(charts.count == 4 + browser.content.french.dimensions.count, "visits, funnel, poster scans, targets, one per dimension")
        for chart in charts {
            let parser = XMLParser(data: Data(chart.utf8))
            #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")\n\(chart)")
            #expect(chart.contains("role=\"img\"") && chart.contains("<title id="))
        }
        #expect(charts.allSatisfy { !$0.contains("style=") }, "no style attribute the policy would block")
    }

    @Test func markingARequestDone() throws {
        let browser = try DashboardFixture()
        try Self.fill(browser)
        browser.logIn()
        let csrf = try #require(browser.csrf())
        let answer = browser.call(.post, "/admin/advisor-requests/done", form: ["csrf": csrf, "request": "r2", "back": "/admin/kiosks/k1"])
        #expect(answer.status == 303 && answer.header("Location") == "/admin/kiosks/k1#rappels")
        #expect(try browser.scalar("SELECT count(*) FROM advisor_requests WHERE done_at IS NOT NULL")?.int64 == 1)
        #expect(try browser.scalar("SELECT id FROM advisor_requests WHERE done_at IS NOT NULL")?.string == "r2")
        let html = browser.call(.get, "/admin").text
        #expect(html.contains("<tr class=\"done\">") && html.contains("Fait le "))
        #expect(browser.call(.post, "/admin/advisor-requests/done", form: ["csrf": csrf, "request": "r2"]).status == 404, "already done")
        let offsite = browser.call(.post, "/admin/advisor-requests/done", form: ["csrf": csrf, "request": "r1", "back": "https://evil.example/"])
        #expect(offsite.header("Location") == "/admin#rappels", "never redirected off the dashboard")
    }
}

/// SHA-256 for checking the policy's hash independently of the code under test.
enum SHA256Check {
    static func digest(_ data: Data) -> [UInt8] {
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        task.standardInput = input
        task.standardOutput = output
        try? task.run()
        input.fileHandleForWriting.write(data)
        try? input.fileHandleForWriting.close()
        task.waitUntilExit()
        let hex = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }
}

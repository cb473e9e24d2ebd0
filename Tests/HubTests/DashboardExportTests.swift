import Foundation
@testable import Hub
import JSON
import Onboarding
import HubPages
import Pages
import TestSupport
import Testing
import Time

@Suite("Dashboard: escaping of reported text, CSV exports, targets file", .ownThreads)
struct DashboardExportTests {
    static let hostileTopic = "<script>alert(1)</script>"
    static let hostileName = "\"><img src=x onerror=alert(1)>"
    static let hostilePhone = "=HYPERLINK(\"https://evil.example\",\"appel\")"

    func hostile(_ browser: DashboardFixture) throws {
        try browser.send([
            DashboardFixture.event("consent.given", owner: "o1", [JSONField("purposes", .array([.string("callback")])),
                                   JSONField("hub", .bool(true)), JSONField("noticeHash", .string("h"))]),
            DashboardFixture.advisor(id: "r\"1<b>", owner: "o1", topic: Self.hostileTopic, name: Self.hostileName, phone: Self.hostilePhone),
            DashboardFixture.advisor(id: "r2", topic: "+33 6, \"urgent\"\nrappel", name: nil, phone: nil),
        ])
    }

    @Test func reportedTextIsEscapedEverywhere() throws {
        let browser = try DashboardFixture()
        try hostile(browser)
        browser.logIn()
        for path in ["/admin", "/admin/kiosks/k1"] {
            let html = browser.call(.get, path).text
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"), "\(path)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains("value=\"r&quot;1&lt;b&gt;\""), "the request id stays inside its attribute")
            #expect(html.contains("non transmis"), "a request without name says so")
        }
        let csrf = try #require(browser.csrf())
        #expect(browser.call(.post, "/admin/advisor-requests/done", form: ["csrf": csrf, "request": "r\"1<b>"]).status == 303)
        #expect(try browser.scalar("SELECT count(*) FROM advisor_requests WHERE done_at IS NOT NULL")?.int64 == 1)
    }

    @Test func csvCellsAreQuotedAndGuardedAgainstFormulas() {
        #expect(DashboardCSV.cell("plain") == "plain")
        #expect(DashboardCSV.cell("a,b") == "\"a,b\"")
        #expect(DashboardCSV.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(DashboardCSV.cell("two\nlines") == "\"two\nlines\"")
        #expect(DashboardCSV.cell("=1+1") == "'=1+1")
        #expect(DashboardCSV.cell("+33612345678") == "'+33612345678")
        #expect(DashboardCSV.cell("-2") == "'-2")
        #expect(DashboardCSV.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(DashboardCSV.cell("\tx") == "'\tx")
        #expect(DashboardCSV.cell("=A1,\"x\"") == "\"'=A1,\"\"x\"\"\"")
        #expect(DashboardCSV.line(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    /// Splits RFC 4180 text (quoted fields may hold commas, quotes and line breaks).
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" { quoted = true
            } else if character == "," { row.append(field); field = ""
            } else if character == "\r\n" || character == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(character) }
        }
        return rows
    }

    @Test func advisorRequestsExportReadsBackWithGuards() throws {
        let browser = try DashboardFixture()
        try hostile(browser)
        browser.logIn()
        let answer = browser.call(.get, "/admin/export/advisor-requests.csv")
        #expect(answer.status == 200 && answer.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(answer.header("Content-Disposition") == "attachment; filename=\"advisor-requests.csv\"")
        #expect(answer.text.hasPrefix("\u{FEFF}id,borne,demandee_le,sujet,moment_prefere,nom,telephone,faite_le\r\n"))
        let rows = Self.parse(answer.text)
        #expect(rows.count == 3 && rows.allSatisfy { $0.count == 8 })
        let first = try #require(rows.first { $0[0] == "r\"1<b>" })
        #expect(first[3] == Self.hostileTopic && first[5] == Self.hostileName && first[6] == "'" + Self.hostilePhone)
        let second = try #require(rows.first { $0[0] == "r2" })
        #expect(second[3] == "'+33 6, \"urgent\"\nrappel" && second[5] == "" && second[6] == "")
    }

    @Test func eventsAndFunnelExports() throws {
        let browser = try DashboardFixture()
        try DashboardFiguresTests.fill(browser)
        browser.logIn()
        let events = Self.parse(browser.call(.get, "/admin/export/events.csv").text)
        #expect(events.first == ["borne", "semaine_du", "type", "nombre"])
        let thisWeek = DashboardWeeks.monday(of: DashboardFiguresTests.now).iso
        #expect(events.contains(["k1", thisWeek, "visit.started", "2"]))
        #expect(events.contains(["k1", DashboardWeeks.monday(of: DashboardFiguresTests.weekAgo2).iso, "visit.started", "1"]))
        #expect(events.contains(["k1", thisWeek, "diagnostic.completed", "3"]))
        #expect(events.contains(["k2", thisWeek, "visit.started", "1"]))
        let funnel = Self.parse(browser.call(.get, "/admin/export/funnel.csv").text)
        #expect(funnel == [["borne", "visites", "diagnostics", "pages_publiees", "affiches_imprimees"],
                           ["k1", "3", "2", "1", "1"], ["k2", "1", "0", "0", "0"], ["total", "4", "2", "1", "1"]])
        let one = Self.parse(browser.call(.get, "/admin/export/funnel.csv", query: ["kiosk": "k2"]).text)
        #expect(one == [["borne", "visites", "diagnostics", "pages_publiees", "affiches_imprimees"], ["k2", "1", "0", "0", "0"]])
    }

    @Test func theTargetsFileIsCheckedAgainstTheDiagnostic() throws {
        let content = try ContentLoader.load(directory: HubFixture.repositoryRoot + "/content").french
        let shipped = try HubTargets.load(directory: HubFixture.repositoryRoot + "/content", content: content)
        #expect(shipped.targets.map(\.question) == ["site-web", "vente-internet", "commande-distance"])
        let directory = Scratch.root + "/vitrine-targets-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func refusal(_ json: String) -> String {
            try? json.write(toFile: directory + "/hub-targets.json", atomically: true, encoding: .utf8)
            do {
                _ = try HubTargets.load(directory: directory, content: content)
                return "accepted"
            } catch { return error.description }
        }
        let target = #"{"id":"t","label":"L","question":"site-web","answers":["oui-a-jour"],"targetPercent":50}"#
        #expect(refusal(#"{"targets":[\#(target)]}"#) == "accepted")
        #expect(refusal(#"{"targets":[\#(target.replacingOccurrences(of: "site-web", with: "site"))]}"#).hasSuffix(
            "hub-targets.json: targets[0].question: 'site' is not a question of diagnostic.json"))
        #expect(refusal(#"{"targets":[\#(target.replacingOccurrences(of: "oui-a-jour", with: "oui"))]}"#).hasSuffix(
            "targets[0].answers[0]: 'oui' is not an answer of question 'site-web'"))
        #expect(refusal(#"{"targets":[\#(target.replacingOccurrences(of: "50", with: "150"))]}"#).hasSuffix(
            "targets[0].targetPercent: must be a whole number from 0 to 100"))
        #expect(refusal(#"{"targets":[\#(target), \#(target)]}"#).hasSuffix("targets[1].id: must be a unique, non-empty id"))
        #expect(refusal(#"{"targets":[{"id":"t","label":"L","question":"site-web","answers":[],"targetPercent":5,"extra":1}]}"#)
            .contains("targets[0].extra"))
        #expect(refusal(#"{"targets":["#).contains("hub-targets.json"))
    }
}

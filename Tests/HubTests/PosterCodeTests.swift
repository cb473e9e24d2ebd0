import Foundation
import HTTPServer
@testable import Hub
@testable import HubPages
import JSON
import ReportProtocol
import Storage
import Testing
import Time
import TestSupport

/// Poster codes at the hub (issue 15): kiosk prefixes, codes taken from `poster.printed`, where
/// a code leads whatever happens to its shop's slug, scans counted per day and nothing else,
/// the kiosk's signed feedback, and what the dashboard and the passport page show.
@Suite("Poster codes at the hub: prefixes, codes from reports, scans, feedback", .ownThreads)
struct PosterCodeTests {
    static func profile(city: String? = nil) -> JSONValue {
        var fields = [JSONField("name", .string("Boulangerie Martin")), JSONField("hours", .array([])), JSONField("closures", .array([])),
                      JSONField("services", .array([])), JSONField("accent", .string("#1f5c99"))]
        if let city {
            fields.append(JSONField("address", .object([JSONField("postcode", .string("69001")), JSONField("city", .string(city))])))
        }
        return .object(fields)
    }

    static func published(_ slug: String, owner: String = "o1", city: String? = nil) -> ReportEvent {
        DashboardFixture.event("page.published", owner: owner, [JSONField("slug", .string(slug)), JSONField("page", profile(city: city))])
    }

    static func printed(_ slug: String, code: String, format: String = "A4", owner: String = "o1", session: String? = nil) -> ReportEvent {
        DashboardFixture.event("poster.printed", session: session, owner: owner,
                               [JSONField("slug", .string(slug)), JSONField("format", .string(format)), JSONField("code", .string(code))])
    }

    static func withdrawn(_ slug: String, owner: String = "o1") -> ReportEvent {
        DashboardFixture.event("page.unpublished", owner: owner, [JSONField("slug", .string(slug))])
    }

    static var today: CivilDate { Timestamp.now().civil(in: .paris).date }

    func codes(_ browser: DashboardFixture) -> PosterCodes { PosterCodes(database: browser.database) }

    func strings(_ database: Database, _ sql: String) throws -> [String?] {
        try database.read { (connection) throws(StorageError) in try connection.query(sql).map { $0.string(0) } }
    }

    /// A second kiosk, `k2`, and its secret.
    func secondKiosk(_ browser: DashboardFixture) throws -> WebhookSecret {
        try Kiosks(database: browser.database).add(name: "k2", now: HubFixture.registered).secret
    }

    // MARK: prefixes

    @Test func kiosksGetDistinctPrefixesNeverReserved() throws {
        let hub = try HubFixture()
        let kiosks = Kiosks(database: hub.database)
        #expect(try kiosks.prefix(of: "k1") == "10")
        #expect(try kiosks.add(name: "k2").prefix == "11")
        #expect(throws: Kiosks.Failure.exists("k2")) { try kiosks.add(name: "k2") }
        #expect(try kiosks.list().map(\.prefix) == ["10", "11"])
        let all = (0..<KioskPrefix.count).map(KioskPrefix.at)
        #expect(Set(all).count == KioskPrefix.count && all.last == "ZZ")
        #expect(all.allSatisfy { PosterCode.isPrefix($0) && !$0.hasPrefix("0") })
        #expect(KioskPrefix.firstFree(taken: Set(all)) == nil)
    }

    @Test func existingKiosksGetAPrefixFromTheMigration() throws {
        let directory = Scratch.root + "/vitrine-hub-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let old = try Database.open(path: directory + "/hub.sqlite", migrations: Array(HubSchema.migrations.prefix(3)))
        try old.write { (connection) throws(StorageError) in
            for id in ["zeta", "alpha"] {
                try connection.execute("INSERT INTO kiosks (id, secret, created_at) VALUES (?, 'whsec_x', 0)", [.text(id)])
            }
        }
        old.close()
        let database = try Database.open(path: directory + "/hub.sqlite", migrations: HubSchema.migrations)
        defer { database.close() }
        let kiosks = Kiosks(database: database)
        #expect(try kiosks.list().map { $0.id + "=" + $0.prefix } == ["alpha=10", "zeta=11"])
        #expect(try kiosks.add(name: "new").prefix == "12")
    }

    // MARK: codes from reports

    @Test func aPrintedCodeLeadsToTheShopsCurrentPageWhateverItsSlug() throws {
        let browser = try DashboardFixture()
        try browser.send([Self.published("boulangerie"), Self.printed("boulangerie", code: "10000")])
        let code = try #require(PosterCode("10000"))
        #expect(try codes(browser).target(of: code) == .shop(slug: "boulangerie"))
        #expect(try codes(browser).target(of: try #require(PosterCode("1o0OO"))) == .shop(slug: "boulangerie"), "read as typed")
        try browser.send([Self.withdrawn("boulangerie"), Self.published("boulangerie-martin")])
        #expect(try codes(browser).target(of: code) == .shop(slug: "boulangerie-martin"))
        try browser.send([DashboardFixture.event("shop.erased", owner: "o1", [JSONField("shop", .string("o1"))])])
        #expect(try codes(browser).target(of: code) == .withdrawn(directory: "k1"))
        #expect(try codes(browser).target(of: try #require(PosterCode("10001"))) == .unknown(directory: "k1"))
        #expect(try codes(browser).target(of: try #require(PosterCode("ZZ001"))) == .unknown(directory: nil))
    }

    @Test func aCodeNotOfTheKiosksPrefixIsRefusedCountedAndItsEventKept() throws {
        let browser = try DashboardFixture()
        _ = try secondKiosk(browser)
        try browser.send([Self.published("boulangerie"), Self.printed("boulangerie", code: "11000"),
                          Self.printed("boulangerie", code: "not a code"), Self.printed("boulangerie", code: "01000")])
        #expect(try browser.scalar("SELECT count(*) FROM poster_codes")?.int64 == 0)
        #expect(try browser.scalar("SELECT refused_codes FROM kiosks WHERE id = 'k1'")?.int64 == 3)
        #expect(try browser.scalar("SELECT count(*) FROM events WHERE type = 'poster.printed'")?.int64 == 3)
    }

    @Test func aReprintKeepsTheFirstPrintAndCountsOnePoster() throws {
        let browser = try DashboardFixture()
        try browser.send([Self.published("boulangerie"), Self.printed("boulangerie", code: "10000")])
        try browser.send([Self.printed("boulangerie", code: "10000")])
        #expect(try browser.scalar("SELECT posters FROM poster_totals WHERE kiosk_id = 'k1' AND format = 'A4'")?.int64 == 1)
    }

    @Test func theHubsOwnPostersPrintTheKiosksCodeElseOneOfTheHubs() throws {
        let browser = try DashboardFixture()
        try browser.send([Self.published("boulangerie"), Self.printed("boulangerie", code: "10000", format: "A4")])
        let codes = codes(browser)
        #expect(try codes.shopCode(slug: "boulangerie", format: "A4", today: Self.today)?.text == "10000", "the kiosk's, once printed")
        #expect(try codes.shopCode(slug: "boulangerie", format: "A5", today: Self.today)?.text == "01000", "none printed in A5: the hub's")
        #expect(try codes.shopCode(slug: "boulangerie", format: "A5", today: Self.today)?.text == "01000", "the same at every print")
        #expect(try codes.directoryCode(kiosk: "k1", today: Self.today)?.text == "01001")
        #expect(try codes.directoryCode(kiosk: "k1", today: Self.today)?.text == "01001")
        #expect(try codes.shopCode(slug: "nobody", format: "A4", today: Self.today) == nil)
        #expect(try codes.directoryCode(kiosk: "nowhere", today: Self.today) == nil)
        #expect(try codes.target(of: try #require(PosterCode("01000"))) == .shop(slug: "boulangerie"))
        #expect(try codes.target(of: try #require(PosterCode("01001"))) == .directory(kiosk: "k1"))
        // A hub code is no printed poster: scans count, posters do not.
        #expect(try codes.countScan(try #require(PosterCode("01000")), day: Self.today))
        #expect(try strings(browser.database, "SELECT format || ':' || posters || ':' || scans FROM poster_totals ORDER BY format")
                == ["A4:1:0", "A5:0:1"])
        // The kiosk prints A5 later: the hub's posters print its code from then on.
        try browser.send([Self.printed("boulangerie", code: "10001", format: "A5")])
        #expect(try codes.shopCode(slug: "boulangerie", format: "A5", today: Self.today)?.text == "10001")
    }

    // MARK: slug conflicts

    @Test func aRefusedSlugsPostersLeadToItsPageUnderTheSuggestionUntilTheKioskTakesOne() throws {
        let browser = try DashboardFixture()
        let k2 = try secondKiosk(browser)
        try browser.send([Self.published("boulangerie", owner: "x")], kiosk: "k2", secret: k2)
        try browser.send([Self.published("boulangerie", city: "Lyon"), Self.printed("boulangerie", code: "10000")])
        #expect(try strings(browser.database, "SELECT kiosk_id FROM pages WHERE slug = 'boulangerie'") == ["k2"], "no takeover")
        #expect(try codes(browser).target(of: try #require(PosterCode("10000"))) == .shop(slug: "boulangerie-lyon"))
        #expect(try strings(browser.database, "SELECT kiosk_id || ' ' || owner FROM pages WHERE slug = 'boulangerie-lyon'") == ["k1 o1"])
        let conflicts = try browser.database.read { (connection) throws(StorageError) in try Feedback.conflicts(connection, kiosk: "k1") }
        #expect(conflicts == [SlugConflict(shop: "o1", slug: "boulangerie", suggestion: "boulangerie-lyon")])
        // An update under the refused slug updates the page under the suggestion.
        try browser.send([Self.published("boulangerie", city: "Lyon")])
        #expect(try browser.scalar("SELECT count(*) FROM pages WHERE kiosk_id = 'k1'")?.int64 == 1)
        // The owner takes the suggestion at the kiosk: the conflict is over, the page stays.
        try browser.send([Self.published("boulangerie-lyon", city: "Lyon")])
        #expect(try browser.scalar("SELECT count(*) FROM slug_conflicts")?.int64 == 0)
        #expect(try strings(browser.database, "SELECT slug FROM pages WHERE kiosk_id = 'k1'") == ["boulangerie-lyon"])
    }

    @Test func withoutATownTheSuggestionIsTheFirstFreeNumber() throws {
        let browser = try DashboardFixture()
        let k2 = try secondKiosk(browser)
        try browser.send([Self.published("boulangerie", owner: "x"), Self.published("boulangerie-2", owner: "y")], kiosk: "k2", secret: k2)
        try browser.send([Self.published("boulangerie"), Self.printed("boulangerie", code: "10000")])
        #expect(try strings(browser.database, "SELECT suggestion FROM slug_conflicts") == ["boulangerie-3"])
        // Taken down at the kiosk: the page under the suggestion goes too.
        try browser.send([Self.withdrawn("boulangerie")])
        #expect(try browser.scalar("SELECT count(*) FROM pages WHERE kiosk_id = 'k1'")?.int64 == 0)
        #expect(try codes(browser).target(of: try #require(PosterCode("10000"))) == .withdrawn(directory: "k1"))
    }

    // MARK: scans

    @Test func scansAreCountedPerCodeDayWeekAndFormatOnly() throws {
        let browser = try DashboardFixture()
        try browser.send([Self.published("boulangerie"), Self.printed("boulangerie", code: "10000", format: "A5")])
        let code = try #require(PosterCode("10000"))
        let monday = try #require(CivilDate(iso: "2026-11-30"))
        for day in [monday, monday, monday.adding(days: 6), monday.adding(days: 7)] {
            #expect(try codes(browser).countScan(code, day: day))
        }
        #expect(try codes(browser).countScan(try #require(PosterCode("10009")), day: monday) == false, "unknown codes count nothing")
        let days = try strings(browser.database, "SELECT day || ':' || scans FROM code_scans ORDER BY day")
        #expect(days == ["\(monday.dayNumber):2", "\(monday.dayNumber + 6):1", "\(monday.dayNumber + 7):1"])
        let weeks = try strings(browser.database, "SELECT monday || ':' || format || ':' || scans FROM scan_weeks ORDER BY monday")
        #expect(weeks == ["\(monday.dayNumber):A5:3", "\(monday.dayNumber + 7):A5:1"])
        #expect(try strings(browser.database, "SELECT posters || ':' || scans FROM poster_totals") == ["1:4"])
    }

    // MARK: feedback

    func feedback(_ browser: DashboardFixture, kiosk: String = "k1", secret: WebhookSecret? = nil, id: String = "fb_\(UUID().uuidString)",
                  time: Int64 = Timestamp.now().seconds, signature: String? = nil) -> Response {
        let signed = signature ?? WebhookSignature.sign(secret ?? browser.hub.secret, id: id, timestamp: time, body: [])
        let request = Request(method: .get, path: KioskFeedback.path(kiosk: kiosk), query: [:],
                              headers: ["webhook-id": id, "webhook-timestamp": String(time), "webhook-signature": signed], body: [])
        return DashboardFixture.response(browser.app.respond(to: request))
    }

    @Test func theSignedFeedbackGivesPrefixScansAndConflicts() throws {
        let browser = try DashboardFixture()
        let k2 = try secondKiosk(browser)
        try browser.send([Self.published("boulangerie", owner: "x"), Self.printed("boulangerie", code: "11000", owner: "x")], kiosk: "k2", secret: k2)
        try browser.send([Self.published("boulangerie"), Self.printed("boulangerie", code: "10000")])
        for code in ["10000", "10000", "11000"] { _ = try codes(browser).countScan(try #require(PosterCode(code)), day: Self.today) }
        _ = try codes(browser).countScan(try #require(PosterCode("10000")), day: Self.today.adding(days: -Feedback.windowDays))
        let response = feedback(browser)
        #expect(response.status == 200 && response.header("Cache-Control") == "no-store")
        let answer = try JSON.decode(KioskFeedback.self, from: response.body)
        #expect(answer.prefix == "10" && Timestamp(rfc3339: answer.at) != nil)
        #expect(answer.scans == [CodeScans(code: "10000", days: [DayCount(day: Self.today.iso, count: 2)])], "its codes only, in the window")
        #expect(answer.slugConflicts == [SlugConflict(shop: "o1", slug: "boulangerie", suggestion: "boulangerie-2")])
        let other = try JSON.decode(KioskFeedback.self, from: feedback(browser, kiosk: "k2", secret: k2).body)
        #expect(other.prefix == "11" && other.scans.map(\.code) == ["11000"] && other.slugConflicts.isEmpty)
    }

    @Test func theFeedbackIsRefusedAsAReportWouldBe() throws {
        let browser = try DashboardFixture()
        let k2 = try secondKiosk(browser)
        #expect(feedback(browser, secret: k2).status == 401, "another kiosk's secret")
        #expect(feedback(browser, signature: "v1,AAAA").status == 401)
        #expect(feedback(browser, time: Timestamp.now().seconds - 3600).status == 401, "outside the ±5 min window")
        #expect(feedback(browser, kiosk: "nobody").status == 401)
        let time = Timestamp.now().seconds
        #expect(feedback(browser, id: "fb_1", time: time).status == 200)
        #expect(feedback(browser, id: "fb_1", time: time).status == 409, "the very same request again is a replay")
        #expect(browser.app.routes.contains { $0.method == .get && $0.path == KioskFeedback.path(kiosk: "{kiosk}") })
    }

    // MARK: shown

    @Test func theDashboardThePassportAndTheCSVShowTheScans() throws {
        let browser = try DashboardFixture()
        let consent = DashboardFixture.event("consent.given", session: "s1", owner: "o1", [
            JSONField("purposes", .array([.string("publish")])), JSONField("hub", .bool(true)), JSONField("noticeHash", .string("h")),
            JSONField("passportToken", .string("Tok_1")),
        ])
        try browser.send([consent, Self.published("boulangerie"), Self.printed("boulangerie", code: "10000", session: "s1"),
                          Self.printed("boulangerie", code: "10001", format: "A6", session: "s1")])
        for _ in 0..<3 { _ = try codes(browser).countScan(try #require(PosterCode("10000")), day: Self.today) }
        let printedOn = DashboardFormat.dayInMonth(Self.today)
        let passport = browser.call(.get, "/p/Tok_1", sendCookies: false).text
        #expect(passport.contains("Votre affiche A4 du \(printedOn) : 3 scans ce mois-ci"))
        #expect(passport.contains("Votre affiche A6 du \(printedOn) : 0 scans ce mois-ci"))
        browser.logIn()
        for path in ["/admin", "/admin/kiosks/k1"] {
            let html = browser.call(.get, path).text
            #expect(html.contains("<li><strong>3</strong>Scans des affiches</li>"), "\(path)")
            #expect(html.contains("Affiches imprimées aux bornes : 2 ; scans de leurs codes : 3 ; scans par affiche : 1,5."), "\(path)")
            #expect(html.contains("<th scope=\"row\">A4</th><td class=\"n\">1</td><td class=\"n\">3</td><td class=\"n\">3,0</td>"), "\(path)")
            #expect(html.contains("id=\"chart-scans\""))
        }
        #expect(browser.call(.get, "/admin").text.contains("<code>10</code>"), "the kiosk list shows its prefix")
        let monday = DashboardWeeks.monday(of: .now()).iso
        let weekly = browser.call(.get, "/admin/export/poster-scans.csv").text
        #expect(weekly.contains("borne,semaine_du,format,scans\r\nk1,\(monday),A4,3\r\n"))
        let posters = browser.call(.get, "/admin/export/posters.csv", query: ["kiosk": "k1"]).text
        #expect(posters.contains("k1,A4,1,3,3.0\r\nk1,A6,1,0,0.0\r\n"))
    }
}

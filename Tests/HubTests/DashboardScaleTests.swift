import Foundation
@testable import Hub
import HubPages
import JSON
import Storage
import Testing
import Time
import ReportProtocol
import TestSupport

/// What keeps the dashboard's cost flat as the history grows: no statement scans the event log
/// (or any other table that grows with it), call-backs come a page at a time, and no kiosk clock
/// can date an event out of range.
@Suite("Dashboard at scale: query plans, paging, dates a kiosk cannot bend", .ownThreads)
struct DashboardScaleTests {
    /// Tables that grow with the history: a full scan of any of them on a page is a defect.
    static let growing = ["events", "funnel_visits", "latest_diagnostics", "advisor_requests", "pages", "owners", "slug_conflicts",
                          "poster_codes", "code_scans"]
    /// Partial indexes holding only what the page lists (open requests, done ones newest first):
    /// walking them in order, up to the page's LIMIT, is the point of them.
    static let listIndexes = ["advisor_requests_open", "advisor_requests_open_order", "advisor_requests_done"]

    @Test func noDashboardStatementScansAGrowingTable() throws {
        let hub = try HubFixture()
        let statements = DashboardStatements.everyKiosk.all + DashboardStatements.oneKiosk.all
            + [(DashboardStatements.kiosks, 0), (DashboardStatements.kioskIDs, 0)]
        try hub.database.read { (connection) throws(StorageError) in
            for (sql, bindings) in statements {
                let plan = try connection.query("EXPLAIN QUERY PLAN " + sql, Array(repeating: .null, count: bindings)).compactMap { $0.string(3) }
                for line in plan where !Self.listIndexes.contains(where: { line.hasSuffix("USING INDEX " + $0) }) {
                    // A table aliased by its initial (`slug_conflicts c`) is that table only where the statement says so.
                    let scanned = Self.growing.first { table in
                        line.hasPrefix("SCAN \(table)")
                            || (line.hasPrefix("SCAN " + table.prefix(1) + " ") && sql.contains(table + " " + table.prefix(1) + " "))
                    }
                    #expect(scanned == nil, "\(line) in: \(sql)")
                }
            }
        }
    }

    @Test func aPassportReadsTheOwnersEventsByIndex() throws {
        let hub = try HubFixture()
        try hub.database.read { (connection) throws(StorageError) in
            let sql = Passports.factsSQL(sessions: 2)
            let plan = try connection.query("EXPLAIN QUERY PLAN " + sql, [.text("o"), .text("s1"), .text("s2")]).compactMap { $0.string(3) }
            #expect(!plan.contains { $0.hasPrefix("SCAN events") }, "\(plan)")
            #expect(plan.contains { $0.contains("USING INDEX events_session") }, "\(plan)")
        }
    }

    @Test func openCallBacksComeFiftyAPageOldestFirst() throws {
        let browser = try DashboardFixture()
        let start = Timestamp.now().adding(seconds: -86_400)
        let requests = (0..<120).map { index in
            DashboardFixture.event("advisor.requested", at: start.adding(seconds: Int64(index)), session: "s\(index)",
                                   [JSONField("request", .string(String(format: "r%03d", index))), JSONField("topic", .string("site")),
                                    JSONField("preferredTime", .string("matin"))])
        }
        try browser.send(requests)
        let queries = DashboardQueries(database: browser.database, content: browser.content.french, targets: .none)
        let first = try queries.figures(kiosk: nil, now: .now())
        #expect(first.advisorRequests.map(\.id) == (0..<50).map { String(format: "r%03d", $0) })
        #expect(first.requestPaging == DashboardFigures.Paging(page: 1, pageSize: 50, total: 120) && first.requestPaging.pageCount == 3)
        let third = try queries.figures(kiosk: "k1", now: .now(), requestPage: 3)
        #expect(third.advisorRequests.map(\.id) == (100..<120).map { String(format: "r%03d", $0) })
        #expect(try queries.figures(kiosk: nil, now: .now(), requestPage: 99).requestPaging.page == 3, "out of range: the last page")
        browser.logIn()
        let page = browser.call(.get, "/admin", query: ["rappels": "2"])
        #expect(page.text.contains("Page 2 sur 3 (120 demandes ouvertes)"))
        #expect(page.text.contains("href=\"/admin?rappels=1#rappels\"") && page.text.contains("href=\"/admin?rappels=3#rappels\""))
        #expect(page.text.contains("r050") && !page.text.contains("r049") && !page.text.contains("r100"))
        #expect(page.text.contains("<strong>120</strong>"), "the key figure counts every open request, not the page")
    }

    @Test func datesAheadOfTheHubOrBeforeRegistrationBecomeTheReceiveTime() throws {
        let hub = try HubFixture()
        let now = Timestamp.now()
        let ahead = now.adding(seconds: 3600), slightlyAhead = now.adding(seconds: 120), longAgo = Timestamp(milliseconds: 1_000_000_000_000)
        let events = [ahead, slightlyAhead, longAgo].enumerated().map { index, at in
            ReportEvent(id: "e\(index)", type: "visit.started", at: at.rfc3339, data: .object([JSONField("session", .string("s\(index)"))]))
        }
        _ = try hub.send(HubFixture.body(events)).get()
        let rows = try hub.database.read { (connection) throws(StorageError) in try connection.query("SELECT id, at, reported_at, received_at FROM events ORDER BY id") }
        #expect(rows[0].int64(1) == rows[0].int64(3) && rows[0].int64(2) == ahead.milliseconds, "an hour ahead: receive time, kept apart")
        #expect(rows[1].int64(1) == slightlyAhead.milliseconds && rows[1].value(2) == .null, "two minutes ahead is clock drift: kept")
        #expect(rows[2].int64(1) == rows[2].int64(3) && rows[2].int64(2) == longAgo.milliseconds, "before the kiosk was registered")
    }

    @Test func anOwnersLastContactCannotBePushedIntoTheFuture() throws {
        let hub = try HubFixture()
        let future = Timestamp.now().adding(seconds: 70 * 365 * 86_400)
        let consent = ReportEvent(id: "c1", type: "consent.given", at: future.rfc3339, data: .object([
            JSONField("session", .string("s1")), JSONField("owner", .string("o1")), JSONField("purposes", .array([.string("publish")])),
            JSONField("hub", .bool(true)), JSONField("noticeHash", .string("h")),
        ]))
        _ = try hub.send(HubFixture.body([consent])).get()
        let contact = try hub.database.read { (connection) throws(StorageError) in try connection.query("SELECT last_contact_at FROM owners WHERE id = 'o1'").first?.int64(0) }
        #expect(try #require(contact) <= Timestamp.now().milliseconds)
    }
}

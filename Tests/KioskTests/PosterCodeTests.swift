import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Kiosk
import ReportProtocol
import Storage
import Synchronization
import TestSupport
import Testing

/// Issue 15 at the kiosk: posters carry short codes (`/Q/<CODE>`) that follow the shop, scans
/// are counted per code and day with nothing about who, the hub's feedback reaches the passport.
@Suite("Poster codes at the kiosk: resolution, scans, prefix, passport, slug conflicts", .ownThreads)
struct PosterCodeTests {
    let shops = ShopAPITests()

    /// A kiosk with a published crêperie; the owner's session.
    func published(_ settings: KioskSettings = ShopAPITests.publicSettings) throws -> (KioskFixture, String) {
        let fixture = try KioskFixture(settings: settings, maxBodyBytes: 16384)
        let session = try shops.owner(fixture)
        _ = try shops.put(fixture, session, ShopAPITests.draft)
        _ = try shops.publish(fixture, session)
        return (fixture, session)
    }

    /// The text of the poster's main QR code (its first SVG).
    func posterCode(_ fixture: KioskFixture, _ format: String = "A4") throws -> String {
        let html = String(decoding: try fixture.fetch("/s/creperie-elodie/poster?format=\(format)").body, as: UTF8.self)
        let start = try #require(html.range(of: "<svg")), end = try #require(html.range(of: "</svg>"))
        return try QRDecode.svg(Data(html[start.lowerBound..<end.upperBound].utf8))
    }

    /// Status and headers of a GET, redirects not followed.
    func unfollowed(_ fixture: KioskFixture, _ path: String, method: String = "GET",
                    userAgent: String? = nil) throws -> (status: Int, headers: [String: String], body: String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(fixture.port)\(path)")!)
        request.httpMethod = method
        if let userAgent { request.setValue(userAgent, forHTTPHeaderField: "User-Agent") }
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, [String: String], String) = (0, [:], "")
        session.dataTask(with: request) { data, response, _ in
            if let response = response as? HTTPURLResponse {
                var fields: [String: String] = [:]
                for (key, value) in response.allHeaderFields { fields[String(describing: key).lowercased()] = String(describing: value) }
                result = (response.statusCode, fields, String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }.resume()
        done.wait()
        return result
    }

    func count(_ fixture: KioskFixture, _ sql: String) throws -> Int64 {
        try fixture.database.read { (connection) throws(StorageError) in try connection.query(sql).first?.int64(0) ?? -1 }
    }

    @Test func aPrintedCodeLeadsToTheShopAndCountsScansWithNothingPersonal() throws {
        let (fixture, _) = try published()
        let url = try posterCode(fixture)
        #expect(url == "HTTPS://VITRINE.EXAMPLE.ORG/Q/00000")
        #expect(try posterCode(fixture) == url, "the same code at every reprint")
        #expect(try posterCode(fixture, "A5") == "HTTPS://VITRINE.EXAMPLE.ORG/Q/00001", "one code per format")
        let agent = "PhoneScanner-7f3e/1.0"
        for path in ["/Q/00000", "/q/00000", "/q/oOo0O"] {
            let reply = try unfollowed(fixture, path, userAgent: agent)
            #expect(reply.status == 302 && reply.headers["location"] == "/s/creperie-elodie", "\(path)")
            #expect(reply.headers["cache-control"] == "no-store")
        }
        #expect(try count(fixture, "SELECT SUM(count) FROM code_scans WHERE code = '00000'") == 3)
        #expect(try count(fixture, "SELECT COUNT(*) FROM code_scans") == 1, "one row: the code, its day, a number")
        var bytes = Data()
        for suffix in ["", "-wal"] { bytes += (try? Data(contentsOf: URL(fileURLWithPath: fixture.directory + "/vitrine.sqlite" + suffix))) ?? Data() }
        #expect(bytes.range(of: Data(agent.utf8)) == nil, "no user agent stored")
        #expect(bytes.range(of: Data("127.0.0.1".utf8)) == nil, "no address stored")
    }

    /// A link checker or a chat app's preview asks with HEAD: it is shown the way, but it is no scan.
    @Test func aHeadRequestIsAnsweredButNotCounted() throws {
        let (fixture, _) = try published()
        _ = try posterCode(fixture)
        let reply = try unfollowed(fixture, "/q/00000", method: "HEAD")
        #expect(reply.status == 302 && reply.headers["location"] == "/s/creperie-elodie")
        #expect(try count(fixture, "SELECT COUNT(*) FROM code_scans") == 0)
        _ = try unfollowed(fixture, "/q/00000")
        #expect(try count(fixture, "SELECT SUM(count) FROM code_scans") == 1)
    }

    @Test func unknownAndWithdrawnCodesGetAPageNotADeadEnd() throws {
        let (fixture, session) = try published()
        _ = try posterCode(fixture)
        let unknown = try unfollowed(fixture, "/q/00ZZZ")
        #expect(unknown.status == 404 && unknown.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(unknown.body.contains("Affiche introuvable") && unknown.body.contains("href=\"/d/vitrine\""))
        #expect(try unfollowed(fixture, "/q/not-a-code!").status == 404)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(session)/shop/publish").status == 200)
        let withdrawn = try unfollowed(fixture, "/Q/00000")
        #expect(withdrawn.status == 410 && withdrawn.body.contains("Page retirée") && withdrawn.body.contains("href=\"/d/vitrine\""))
        #expect(try count(fixture, "SELECT COUNT(*) FROM code_scans") == 0, "a dead code counts nothing")
    }

    @Test func theDirectoryPosterHasItsOwnCode() throws {
        let (fixture, _) = try published()
        let html = String(decoding: try fixture.fetch("/d/vitrine/poster?format=A6").body, as: UTF8.self)
        let start = try #require(html.range(of: "<svg")), end = try #require(html.range(of: "</svg>"))
        let url = try QRDecode.svg(Data(html[start.lowerBound..<end.upperBound].utf8))
        #expect(url == "HTTPS://VITRINE.EXAMPLE.ORG/Q/00000")
        #expect(try unfollowed(fixture, "/Q/00000").headers["location"] == "/d/vitrine")
    }

    @Test func withAHubAndNoPrefixYetPostersKeepThePageAddressUntilTheHubGivesOne() throws {
        var settings = ShopAPITests.publicSettings
        settings.codePrefix = CodePrefix(configured: nil, hasHub: true)
        let (fixture, _) = try published(settings)
        #expect(try posterCode(fixture) == "HTTPS://VITRINE.EXAMPLE.ORG/s/creperie-elodie", "no code the hub could not resolve")
        fixture.app.receive(KioskFeedback(prefix: "K7", at: "2026-12-02T10:00:00Z", scans: [], slugConflicts: []))
        #expect(try posterCode(fixture) == "HTTPS://VITRINE.EXAMPLE.ORG/Q/K7000", "the learned prefix, at once")
    }

    @Test func aConfiguredPrefixComesFirst() throws {
        var settings = ShopAPITests.publicSettings
        settings.codePrefix = CodePrefix(configured: "AB", hasHub: true)
        let (fixture, _) = try published(settings)
        fixture.app.receive(KioskFeedback(prefix: "K7", at: "2026-12-02T10:00:00Z", scans: [], slugConflicts: []))
        #expect(try posterCode(fixture) == "HTTPS://VITRINE.EXAMPLE.ORG/Q/AB000")
    }

    @Test func thePassportShowsEachPrintedPostersScansFromTheKioskThenFromTheHub() throws {
        let (fixture, session) = try published()
        _ = try posterCode(fixture)
        // Printing itself needs CUPS (Tests/e2e/test_printing.py): here the code is marked as the print route marks it.
        try fixture.database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE poster_codes SET printed_at = ? WHERE code = '00000'", [.integer(Int64(Date().timeIntervalSince1970 * 1000))])
        }
        for _ in 0..<3 { _ = try unfollowed(fixture, "/q/00000") }
        var figures = try #require(try passport(fixture, session)["posterScans"] as? [String: Any])
        var poster = try #require((figures["posters"] as? [[String: Any]])?.first)
        #expect(figures["source"] as? String == "kiosk" && figures["updatedAt"] == nil)
        #expect(poster["format"] as? String == "A4" && poster["code"] as? String == "00000" && poster["scansThisMonth"] as? Int == 3)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Europe/Paris")
        let today = formatter.string(from: Date())
        fixture.app.receive(KioskFeedback(prefix: "00", at: "2026-12-02T10:00:00Z",
                                          scans: [CodeScans(code: "00000", days: [DayCount(day: today, count: 37), DayCount(day: "2020-01-01", count: 5)])],
                                          slugConflicts: []))
        figures = try #require(try passport(fixture, session)["posterScans"] as? [String: Any])
        poster = try #require((figures["posters"] as? [[String: Any]])?.first)
        #expect(figures["source"] as? String == "hub" && figures["updatedAt"] as? String == "2026-12-02T10:00:00Z")
        #expect(poster["scansThisMonth"] as? Int == 37, "this month only, the hub's figure")
    }

    func passport(_ fixture: KioskFixture, _ session: String) throws -> [String: Any] {
        let reply = try fixture.call("GET", "/api/v1/sessions/\(session)/passport")
        #expect(reply.status == 200)
        return try #require(reply.json as? [String: Any])
    }

    @Test func aSlugConflictReachesTheOwnerWhoTakesTheSuggestionInOneTap() throws {
        let (fixture, session) = try published()
        _ = try posterCode(fixture)
        let owner = try #require(try fixture.database.read { (connection) throws(StorageError) in
            try connection.query("SELECT owner_id FROM shops WHERE slug = 'creperie-elodie'").first?.string(0)
        })
        let rings = Counter()
        fixture.app.whenOwnerResumes { rings.add() }
        fixture.app.receive(KioskFeedback(prefix: "00", at: "2026-12-02T10:00:00Z", scans: [], slugConflicts: [
            SlugConflict(shop: owner, slug: "creperie-elodie", suggestion: "creperie-elodie-lyon"),
            SlugConflict(shop: "someone-else", slug: "other", suggestion: "other-2"),
        ]))
        let code = try #require(try passport(fixture, session)["resumeCode"] as? String)
        let later = try fixture.startSession()
        let resumed = try fixture.call("POST", "/api/v1/sessions/\(later)/resume", body: #"{"code":"\#(code)","pin":"2468"}"#)
        #expect(resumed.status == 200 && rings.value == 1, "a resume asks the hub for fresh feedback")
        let conflict = (resumed.json as? [String: Any])?["slugConflict"] as? [String: String]
        #expect(conflict == ["slug": "creperie-elodie", "suggestion": "creperie-elodie-lyon"], "seen at the next visit")
        let path = "/api/v1/sessions/\(later)/shop/slug"
        #expect(try fixture.call("POST", path, body: #"{"slug":"anything-else"}"#).status == 422, "only the suggestion")
        let taken = try fixture.call("POST", path, body: #"{"slug":"creperie-elodie-lyon"}"#)
        #expect(taken.status == 200 && (taken.json as? [String: Any])?["slug"] as? String == "creperie-elodie-lyon")
        #expect(try unfollowed(fixture, "/Q/00000").headers["location"] == "/s/creperie-elodie-lyon", "the printed poster follows")
        #expect(try passport(fixture, later)["slugConflict"] == nil)
        #expect(try count(fixture, "SELECT COUNT(*) FROM outbox WHERE type = 'page.published' AND data LIKE '%creperie-elodie-lyon%'") == 1,
                "the page is reported under its new slug")
    }
}

/// Keeps a redirect as the answer instead of following it.
final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

/// A thread-safe tally for callbacks.
final class Counter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

import Foundation
@testable import Hub
import Storage
import Testing
import Time
import Tokens
import TestSupport

@Suite("Dashboard accounts: login, lock-out, sessions, logout, CSRF", .ownThreads)
struct AdminAuthTests {
    @Test func passwordHashIsPBKDF2HMACSHA256() {
        // Reference values from Python's hashlib.pbkdf2_hmac('sha256', …).
        #expect(Hex.encode(PasswordHash.make(password: "passwd", salt: Array("salt".utf8), iterations: 1))
            == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
        #expect(Hex.encode(PasswordHash.make(password: "password", salt: Array("salt".utf8), iterations: 4096))
            == "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")
    }

    @Test func accountsNeedAGoodNameAndTwelveCharacters() throws {
        let hub = try HubFixture()
        let accounts = AdminAccounts(database: hub.database)
        #expect(throws: AdminAccounts.Failure.shortPassword(minimum: 12)) { try accounts.setPassword(name: "anne", password: "elevenchars", iterations: 10) }
        #expect(throws: AdminAccounts.Failure.invalidName("Anne Martin")) { try accounts.setPassword(name: "Anne Martin", password: String(repeating: "x", count: 12), iterations: 10) }
        try accounts.setPassword(name: "anne", password: String(repeating: "é", count: 12), iterations: 10)
        let row = try #require(try hub.database.read { (connection) throws(StorageError) in try connection.query("SELECT salt, hash, iterations FROM admins").first })
        #expect(row.bytes(0)?.count == 16 && row.bytes(1)?.count == 32 && row.int(2) == 10, "salted hash, never the password")
    }

    @Test func logInSetsAStrictHttpOnlySessionCookie() throws {
        let browser = try DashboardFixture()
        let form = browser.call(.get, "/admin/login")
        #expect(form.status == 200 && form.text.contains("<form method=\"post\" action=\"/admin/login\">"))
        #expect(browser.cookies[AdminCookies.login] != nil)
        let answer = browser.logIn()
        #expect(answer.status == 303 && answer.header("Location") == "/admin")
        let cookie = try #require(answer.headers("Set-Cookie").first { $0.hasPrefix("vitrine_admin=") })
        #expect(cookie.contains("; Path=/admin; HttpOnly; SameSite=Strict") && !cookie.contains("Secure"))
        #expect(try browser.scalar("SELECT count(*) FROM admin_sessions")?.int64 == 1)
        let token = try #require(browser.cookies[AdminCookies.session])
        let stored = try #require(try browser.scalar("SELECT token_hash FROM admin_sessions")?.bytes)
        #expect(stored == SHA256.hash(Array(token.utf8)) && !Hex.encode(stored).contains(token), "only the token's hash is kept")
        #expect(browser.call(.get, "/admin").status == 200)
        #expect(browser.call(.get, "/admin/login").status == 302, "logged in: the form sends to the dashboard")
    }

    @Test func cookiesAreSecureBehindHTTPS() throws {
        let browser = try DashboardFixture(publicBaseURL: "https://hub.cci.example")
        let cookie = try #require(browser.logIn().headers("Set-Cookie").first { $0.hasPrefix("vitrine_admin=") })
        #expect(cookie.hasSuffix("; Secure"))
    }

    @Test func aWrongPasswordOrNameIsRefusedAlike() throws {
        let browser = try DashboardFixture()
        let wrong = browser.logIn(password: "not the password")
        #expect(wrong.status == 401 && wrong.text.contains("Identifiant ou mot de passe incorrect."))
        #expect(browser.cookies[AdminCookies.session] == nil)
        #expect(browser.call(.get, "/admin").status == 302)
        let login = AdminLogin(database: browser.database, decoyIterations: 50)
        #expect(try login.attempt(name: "nobody", password: "whatever-whatever", now: .now()) == .refused)
        #expect(try browser.scalar("SELECT failures FROM admin_login_failures WHERE name = 'nobody'")?.int64 == 1,
                "unknown names are counted too")
    }

    @Test func aLoginPostWithoutTheFormsTokenIsRefused() throws {
        let browser = try DashboardFixture()
        let answer = browser.call(.post, "/admin/login", form: ["name": "anne", "password": DashboardFixture.password])
        #expect(answer.status == 403 && browser.cookies[AdminCookies.session] == nil)
        #expect(try browser.scalar("SELECT count(*) FROM admin_sessions")?.int64 == 0)
    }

    @Test func fiveFailuresLockTheNameFifteenMinutesWithoutWaiting() throws {
        let browser = try DashboardFixture()
        for attempt in 1...5 {
            let answer = browser.logIn(password: "wrong password \(attempt)")
            #expect(answer.status == (attempt < 5 ? 401 : 429))
        }
        let started = Date()
        let locked = browser.logIn()
        #expect(locked.status == 429, "even the right password, while locked")
        #expect(Int(locked.header("Retry-After") ?? "") ?? 0 > 14 * 60)
        #expect(locked.text.contains("réessayez dans 15 min"))
        #expect(Date().timeIntervalSince(started) < 1, "refused at once, no sleeping thread")
        #expect(browser.cookies[AdminCookies.session] == nil)
        try browser.database.write { (connection) throws(StorageError) in try connection.execute("UPDATE admin_login_failures SET locked_until = 0") }
        #expect(browser.logIn().status == 303, "the lock ends")
        #expect(try browser.scalar("SELECT count(*) FROM admin_login_failures")?.int64 == 0, "success clears the count")
    }

    @Test func lockOutWindowAndExpiry() throws {
        let hub = try HubFixture()
        try AdminAccounts(database: hub.database).setPassword(name: "anne", password: DashboardFixture.password, iterations: 10)
        let login = AdminLogin(database: hub.database, decoyIterations: 10, currentIterations: 10)
        let start = Timestamp(milliseconds: 1_000_000_000)
        for index in 0..<4 { _ = try login.attempt(name: "anne", password: "x", now: start.adding(seconds: Int64(index))) }
        #expect(try login.attempt(name: "anne", password: "x", now: start.adding(seconds: 10)) == .locked(retryAfterSeconds: 900))
        #expect(try login.attempt(name: "anne", password: DashboardFixture.password, now: start.adding(seconds: 60))
            == .locked(retryAfterSeconds: 850))
        #expect(try login.attempt(name: "ANNE", password: DashboardFixture.password, now: start.adding(seconds: 10 + 900))
            == .accepted(name: "anne"))
    }

    @Test func anIdleSessionExpiresAfterThirtyMinutes() throws {
        let browser = try DashboardFixture()
        browser.logIn()
        #expect(browser.call(.get, "/admin").status == 200)
        try browser.database.write { (connection) throws(StorageError) in try connection.execute("UPDATE admin_sessions SET last_seen_at = last_seen_at - 31 * 60 * 1000") }
        let answer = browser.call(.get, "/admin")
        #expect(answer.status == 302 && answer.header("Location") == "/admin/login")
        #expect(try browser.scalar("SELECT count(*) FROM admin_sessions")?.int64 == 0, "the expired row is gone")
    }

    @Test func sessionsTouchAndExpireByTheClock() throws {
        let hub = try HubFixture()
        let sessions = AdminSessions(database: hub.database)
        let start = Timestamp(milliseconds: 2_000_000_000)
        let opened = try sessions.open(admin: "anne", now: start)
        #expect(try sessions.find(token: opened.token, now: start.adding(seconds: 29 * 60)) == opened.session)
        #expect(try sessions.find(token: opened.token, now: start.adding(seconds: 58 * 60)) == opened.session, "seen at 29 min: still idle < 30")
        #expect(try sessions.find(token: opened.token, now: start.adding(seconds: 89 * 60)) == nil)
        let other = try sessions.open(admin: "anne", now: start)
        var now = start
        for _ in 0..<25 {
            now = now.adding(seconds: 29 * 60)
            _ = try sessions.find(token: other.token, now: now)
        }
        #expect(try sessions.find(token: other.token, now: now) == nil, "12 hours at most, however active")
        #expect(try sessions.find(token: String(repeating: "0", count: 64), now: start) == nil)
    }

    @Test func logoutEndsTheSession() throws {
        let browser = try DashboardFixture()
        browser.logIn()
        let csrf = try #require(browser.csrf())
        let kept = browser.cookies
        let answer = browser.call(.post, "/admin/logout", form: ["csrf": csrf])
        #expect(answer.status == 303 && answer.header("Location") == "/admin/login")
        #expect(answer.headers("Set-Cookie").contains { $0.hasPrefix("vitrine_admin=;") && $0.contains("Max-Age=0") })
        #expect(try browser.scalar("SELECT count(*) FROM admin_sessions")?.int64 == 0)
        browser.cookies = kept
        #expect(browser.call(.get, "/admin").status == 302, "the old cookie opens nothing")
    }

    @Test func postsWithoutTheRightCSRFTokenChangeNothing() throws {
        let browser = try DashboardFixture()
        try browser.send([DashboardFixture.advisor(id: "r1", topic: "site")])
        browser.logIn()
        let csrf = try #require(browser.csrf())
        for form in [["request": "r1"], ["request": "r1", "csrf": ""], ["request": "r1", "csrf": String(csrf.reversed())]] {
            let answer = browser.call(.post, "/admin/advisor-requests/done", form: form)
            #expect(answer.status == 403 && answer.text.contains("Action refusée"))
        }
        #expect(try browser.scalar("SELECT done_at FROM advisor_requests") == .null)
        #expect(browser.call(.post, "/admin/logout", form: ["csrf": "nope"]).status == 403)
        #expect(try browser.scalar("SELECT count(*) FROM admin_sessions")?.int64 == 1, "a forged logout logs nobody out")
        let other = try DashboardFixture()
        other.logIn()
        let foreign = try #require(other.csrf())
        #expect(browser.call(.post, "/admin/advisor-requests/done", form: ["request": "r1", "csrf": foreign]).status == 403,
                "another session's token does not do")
        #expect(try browser.scalar("SELECT done_at FROM advisor_requests") == .null)
    }

    @Test func everyDashboardAddressNeedsASession() throws {
        let browser = try DashboardFixture()
        for path in ["/admin", "/admin/kiosks/k1"] {
            let answer = browser.call(.get, path)
            #expect(answer.status == 302 && answer.header("Location") == "/admin/login", "\(path)")
        }
        for name in ["events", "advisor-requests", "funnel"] {
            #expect(browser.call(.get, "/admin/export/\(name).csv").status == 401)
        }
        browser.cookies[AdminCookies.session] = String(repeating: "a", count: 64)
        #expect(browser.call(.get, "/admin").status == 302, "a made-up cookie opens nothing")
        #expect(browser.call(.post, "/admin/advisor-requests/done", form: ["request": "r1", "csrf": "x"]).status == 401)
        browser.cookies = [:]
        browser.logIn()
        for path in ["/admin", "/admin/kiosks/k1", "/admin/export/events.csv", "/admin/export/advisor-requests.csv", "/admin/export/funnel.csv"] {
            #expect(browser.call(.get, path).status == 200, "\(path)")
        }
        #expect(browser.call(.get, "/admin/kiosks/nowhere").status == 404)
        #expect(browser.call(.get, "/admin/export/secrets.csv").status == 404)
    }
}

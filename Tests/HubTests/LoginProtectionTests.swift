import Foundation
import Glibc
import HTTPServer
@testable import Hub
import JSON
import Logging
import ReportProtocol
import Storage
import Synchronization
import Testing
import Time
import TestSupport

/// Password checks cost real CPU on purpose: they are limited per name and per address (attempts
/// hashed together included), hashed on the idle lane (never on the workers that serve
/// `/healthz`, ingest and public pages), and old hashes are brought up to today's cost at the
/// next good login.
@Suite("Hub login: per-address limit, hash upgrade, a flood does not take the workers", .ownThreads)
struct LoginProtectionTests {
    @Test func oneAddressCyclingThroughNamesIsLockedOut() throws {
        let hub = try HubFixture()
        try AdminAccounts(database: hub.database).setPassword(name: "anne", password: DashboardFixture.password, iterations: 10)
        let login = AdminLogin(database: hub.database, decoyIterations: 10, currentIterations: 10)
        let now = Timestamp.now()
        for index in 0..<(AdminLogin.maximumAddressFailures - 1) {
            #expect(try login.attempt(name: "guess\(index)", password: "x", address: "192.0.2.7", now: now) == .refused)
        }
        #expect(try login.attempt(name: "another", password: "x", address: "192.0.2.7", now: now) == .locked(retryAfterSeconds: 900))
        #expect(try login.attempt(name: "anne", password: DashboardFixture.password, address: "192.0.2.7", now: now)
            == .locked(retryAfterSeconds: 900), "the address is locked whatever the name")
        #expect(try login.attempt(name: "anne", password: DashboardFixture.password, address: "198.51.100.1", now: now)
            == .accepted(name: "anne"), "another address is not")
    }

    /// Checks prepared before the name was locked and hashed meanwhile: the wrong ones count, and
    /// the right one concluded after the lock is refused, so waiting in the queue together gains
    /// a guesser nothing.
    @Test func attemptsHashedTogetherCannotPassTheLimit() throws {
        let hub = try HubFixture()
        try AdminAccounts(database: hub.database).setPassword(name: "anne", password: DashboardFixture.password, iterations: 10)
        let login = AdminLogin(database: hub.database, decoyIterations: 10, currentIterations: 10)
        let now = Timestamp.now()
        let steps = try (0..<(AdminLogin.maximumFailures + 2)).map { index in
            try login.prepare(name: "anne", password: index == AdminLogin.maximumFailures + 1 ? DashboardFixture.password : "wrong\(index)",
                              address: "192.0.2.9", now: now)
        }
        let checks = steps.compactMap { step -> PasswordCheck? in if case .check(let check) = step { check } else { nil } }
        #expect(checks.count == steps.count, "none was locked before any was hashed")
        let outcomes = try checks.map { try login.conclude($0.run(), now: now) }
        #expect(outcomes.prefix(AdminLogin.maximumFailures - 1).allSatisfy { $0 == .refused })
        #expect(outcomes.dropFirst(AdminLogin.maximumFailures - 1).allSatisfy { $0 == .locked(retryAfterSeconds: 900) }, "\(outcomes)")
        #expect(try login.attempt(name: "anne", password: DashboardFixture.password, address: "198.51.100.2", now: now)
            == .locked(retryAfterSeconds: 900), "the name stays locked")
    }

    @Test func anOldHashIsRedoneAtTodaysCostAtTheNextGoodLogin() throws {
        let hub = try HubFixture()
        try AdminAccounts(database: hub.database).setPassword(name: "anne", password: DashboardFixture.password, iterations: 10)
        let before = try hub.database.read { (connection) throws(StorageError) in try connection.query("SELECT hash, iterations FROM admins").first }
        let login = AdminLogin(database: hub.database, decoyIterations: 10, currentIterations: 40)
        #expect(try login.attempt(name: "anne", password: "wrong", now: .now()) == .refused)
        #expect(try hub.database.read { (connection) throws(StorageError) in try connection.query("SELECT iterations FROM admins").first?.int(0) } == 10, "not on a wrong password")
        #expect(try login.attempt(name: "anne", password: DashboardFixture.password, now: .now()) == .accepted(name: "anne"))
        let after = try hub.database.read { (connection) throws(StorageError) in try connection.query("SELECT hash, iterations FROM admins").first }
        #expect(after?.int(1) == 40 && after?.bytes(0) != before?.bytes(0))
        #expect(try login.attempt(name: "anne", password: DashboardFixture.password, now: .now()) == .accepted(name: "anne"))
        #expect(AdminAccounts.iterations == 600_000)
    }

    /// Each write transaction costs a commit (an fsync, `synchronous=FULL`) under the writer's
    /// lock that ingest waits for: the checks read in one read transaction and commit nothing,
    /// and a wrong password commits once for both its counts (name and address), as a good one
    /// commits once for its upgrade and the cleared count. Counted as commit frames in the WAL.
    @Test func aLoginCommitsOnceAndItsChecksNever() throws {
        let hub = try HubFixture()
        try AdminAccounts(database: hub.database).setPassword(name: "anne", password: DashboardFixture.password, iterations: 10)
        let login = AdminLogin(database: hub.database, decoyIterations: 10, currentIterations: 40)
        let now = Timestamp.now()
        /// What `body` returned, and the commits it made.
        func commits<T>(_ body: () throws -> T) throws -> (T, Int) {
            #expect(try hub.database.checkpoint(), "the WAL starts empty")
            let value = try body()
            return (value, try WALCommits.count(hub.database.path + "-wal"))
        }
        let prepared = try commits { try login.prepare(name: "anne", password: "wrong", address: "192.0.2.7", now: now) }
        #expect(prepared.1 == 0)
        let wrong = try commits { try login.attempt(name: "anne", password: "wrong", address: "192.0.2.7", now: now) }
        #expect(wrong.0 == .refused && wrong.1 == 1)
        let unknown = try commits { try login.attempt(name: "nobody", password: "wrong", address: "192.0.2.7", now: now) }
        #expect(unknown.0 == .refused && unknown.1 == 1)
        let counts = try hub.database.read { (connection) throws(StorageError) in
            try connection.query("SELECT name, failures FROM admin_login_failures ORDER BY name").map { "\($0.string(0) ?? "")=\($0.int(1) ?? 0)" }
        }
        #expect(counts == ["address:192.0.2.7=2", "anne=1", "nobody=1"])
        let good = try commits { try login.attempt(name: "anne", password: DashboardFixture.password, address: "192.0.2.7", now: now) }
        #expect(good.0 == .accepted(name: "anne") && good.1 == 1, "the upgrade and the cleared count together")
        #expect(try hub.database.read { (connection) throws(StorageError) in
            try connection.query("SELECT iterations FROM admins").first?.int(0) } == 40)
    }

    /// A finished window starts afresh at the next failure, pruned or not; the rows of windows
    /// nobody comes back to are pruned in passing, so random names cannot grow the table.
    @Test func finishedWindowsStartAfreshAndArePruned() throws {
        let hub = try HubFixture()
        let login = AdminLogin(database: hub.database, decoyIterations: 10, currentIterations: 10)
        let start = Timestamp(milliseconds: 1_000_000_000)
        for _ in 0..<(AdminLogin.maximumFailures - 1) { _ = try login.attempt(name: "anne", password: "x", now: start) }
        let later = start.adding(seconds: AdminLogin.lockoutMilliseconds / 1000)
        for _ in 0..<(AdminLogin.maximumFailures - 1) { #expect(try login.attempt(name: "anne", password: "x", now: later) == .refused) }
        #expect(try login.attempt(name: "anne", password: "x", now: later) == .locked(retryAfterSeconds: 900), "five in the new window")
        let guesses = Int(AdminLogin.pruneEvery) * 2
        for index in 0..<guesses { _ = try login.attempt(name: "guess\(index)", password: "x", now: start) }
        for index in 0..<guesses { _ = try login.attempt(name: "other\(index)", password: "x", now: later) }
        let rows = try hub.database.read { (connection) throws(StorageError) in
            try connection.query("SELECT count(*), min(first_at) FROM admin_login_failures").first
        }
        #expect(rows?.int64(1) == later.milliseconds, "every row of the first window is gone")
        #expect(rows?.int(0) == guesses + 1)
    }

    /// When the idle lane has no room the post is answered 503 before its form is read or the
    /// database asked: a locked name gets 503 (not 429), a stale form token 503 (not 403), and
    /// nothing is counted. With room, the same posts get 429 and 403.
    @Test func aFullIdleLaneRefusesBeforeTheFormAndTheDatabase() throws {
        func answers(idleQueue: Int) throws -> [Int] {
            let browser = try DashboardFixture()
            let now = Timestamp.now().milliseconds
            try browser.database.write { (connection) throws(StorageError) in
                try connection.execute("INSERT INTO admin_login_failures (name, failures, first_at, locked_until) VALUES ('anne', 5, ?1, ?2)",
                                       [.integer(now), .integer(now + AdminLogin.lockoutMilliseconds)])
            }
            var configuration = ServerConfiguration()
            configuration.port = 0
            configuration.offloadThreads = HubApp.offloadThreads
            configuration.idleOffloadThreads = HubApp.idleOffloadThreads
            configuration.idleOffloadQueue = idleQueue
            browser.app.markReady()
            let server = HTTPServer(configuration: configuration, handler: browser.app, logger: Logger(label: "test"))
            try server.start()
            defer { server.stop(grace: 1) }
            let form = LoopbackHTTP.get(port: server.port, path: "/admin/login")
            let token = DashboardFixture.hidden("login", in: form.body) ?? ""
            let locked = LoopbackHTTP.post(port: server.port, path: "/admin/login", body: "login=\(token)&name=anne&password=x", cookie: form.cookie ?? "")
            let stale = LoopbackHTTP.post(port: server.port, path: "/admin/login", body: "login=stale&name=bob&password=x", cookie: form.cookie ?? "")
            #expect(try browser.scalar("SELECT group_concat(name || '=' || failures) FROM admin_login_failures")?.string == "anne=5", "nothing counted")
            if locked.status == 503 { #expect(locked.body.lowercased().contains("retry-after: 2")) }
            return [locked.status, stale.status]
        }
        #expect(try answers(idleQueue: 0) == [503, 503])
        #expect(try answers(idleQueue: 8) == [429, 403])
    }

    /// 16 clients post logins as fast as they can over real sockets while `/healthz` is asked
    /// in a loop: every `/healthz` is answered 200, every login gets a refusal (wrong password,
    /// lock-out, or 503 from the full queue), nothing else.
    @Test func aLoginFloodLeavesHealthAnswering() throws {
        let browser = try DashboardFixture()
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.offloadThreads = HubApp.offloadThreads
        configuration.idleOffloadThreads = HubApp.idleOffloadThreads
        configuration.offloadQueue = 8
        browser.app.markReady()
        let server = HTTPServer(configuration: configuration, handler: browser.app, logger: Logger(label: "test"))
        try server.start()
        defer { server.stop(grace: 5) }
        let port = server.port
        let stop = Date().addingTimeInterval(2)
        let statuses = Mutex<[Int: Int]>([:])
        let health = Mutex<[Int]>([])
        let threads = (0..<16).map { index in
            Thread {
                let form = LoopbackHTTP.get(port: port, path: "/admin/login")
                let token = DashboardFixture.hidden("login", in: form.body) ?? ""
                let cookie = form.cookie ?? ""
                while Date() < stop {
                    let body = "login=\(token)&name=guess\(index)&password=wrong-password-\(index)"
                    let status = LoopbackHTTP.post(port: port, path: "/admin/login", body: body, cookie: cookie).status
                    statuses.withLock { $0[status, default: 0] += 1 }
                }
            }
        }
        threads.forEach { $0.start() }
        while Date() < stop {
            health.withLock { $0.append(LoopbackHTTP.get(port: port, path: "/healthz").status) }
            usleep(20_000)
        }
        while threads.contains(where: { !$0.isFinished }) { usleep(10_000) }
        let answered = statuses.withLock { $0 }
        #expect(health.withLock { !$0.isEmpty && $0.allSatisfy { $0 == 200 } }, "\(health.withLock { $0 })")
        #expect(Set(answered.keys).isSubset(of: [401, 429, 503]), "\(answered)")
        #expect(answered.values.reduce(0, +) > 16)
    }

    /// 16 clients post logins at today's cost (600,000 rounds, unknown names) over real sockets
    /// while a kiosk reports: the report is stored and answered while password checks still
    /// wait (it never queues behind them), and the flood gets only refusals, the queue's 503
    /// among them with `Retry-After`.
    @Test func aLoginFloodDoesNotHoldIngest() throws {
        let browser = try DashboardFixture(passwordIterations: AdminAccounts.iterations)
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.offloadThreads = HubApp.offloadThreads
        configuration.idleOffloadThreads = HubApp.idleOffloadThreads
        browser.app.markReady()
        let server = HTTPServer(configuration: configuration, handler: browser.app, logger: Logger(label: "test"))
        try server.start()
        defer { server.stop(grace: 1) }
        let port = server.port
        let form = LoopbackHTTP.get(port: port, path: "/admin/login")
        let token = DashboardFixture.hidden("login", in: form.body) ?? ""
        let answers = Mutex<[LoopbackHTTP.Answer]>([])
        let threads = (0..<16).map { index in
            Thread {
                let body = "login=\(token)&name=guess\(index)&password=wrong-password"
                let answer = LoopbackHTTP.post(port: port, path: "/admin/login", body: body, cookie: form.cookie ?? "")
                answers.withLock { $0.append(answer) }
            }
        }
        threads.forEach { $0.start() }
        usleep(200_000)
        let events = (0..<50).map { _ in DashboardFixture.event("visit.started", session: UUID().uuidString, [JSONField("language", .string("fr"))]) }
        let report = LoopbackHTTP.report(port: port, HubFixture.body(events), secret: browser.hub.secret)
        let hashedByThen = answers.withLock { $0.filter { $0.status == 401 || $0.status == 429 }.count }
        let refusedByThen = answers.withLock { $0.filter { $0.status == 503 }.count }
        #expect(report.status == 200 && report.body.contains("\"acked\""), "\(report.body.prefix(300))")
        #expect(try browser.hub.count("events") == 50)
        #expect(hashedByThen + refusedByThen < 16, "the report was answered while password checks still waited")
        // On a busy box the SCHED_IDLE thread may wait long for a core: the clients give up at
        // 10 s (status 0) and stopping the server answers what is left.
        let deadline = Date().addingTimeInterval(15)
        while threads.contains(where: { !$0.isFinished }) && Date() < deadline { usleep(10_000) }
        server.stop(grace: 1)
        while threads.contains(where: { !$0.isFinished }) { usleep(10_000) }
        let all = answers.withLock { $0 }.filter { $0.status != 0 }
        #expect(all.allSatisfy { [401, 429, 503].contains($0.status) }, "\(all.map(\.status))")
        let refused = all.filter { $0.status == 503 }
        #expect(!refused.isEmpty && refused.allSatisfy { $0.body.lowercased().contains("retry-after: 2") }, "the idle lane's queue is bounded")
    }
}

/// One request per connection over a loopback socket (what the flood needs, nothing more).
enum LoopbackHTTP {
    struct Answer {
        let status: Int
        let body: String
        let cookie: String?
    }

    static func get(port: Int, path: String) -> Answer { exchange(port: port, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n") }

    static func post(port: Int, path: String, body: String, cookie: String) -> Answer {
        exchange(port: port, "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: \(cookie)\r\n"
                 + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
    }

    /// A report signed as a kiosk signs it, posted to the hub's ingest route.
    static func report(port: Int, _ body: [UInt8], secret: WebhookSecret, kiosk: String = "k1") -> Answer {
        let time = Timestamp.now().seconds
        let batch = "msg_\(UUID().uuidString)"
        let signature = WebhookSignature.sign(secret, id: batch, timestamp: time, body: body)
        return exchange(port: port, "POST /api/v1/kiosks/\(kiosk)/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Content-Type: application/json\r\nwebhook-id: \(batch)\r\nwebhook-timestamp: \(time)\r\n"
                        + "webhook-signature: \(signature)\r\nContent-Length: \(body.count)\r\n\r\n" + String(decoding: body, as: UTF8.self))
    }

    private static func exchange(port: Int, _ request: String) -> Answer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return Answer(status: 0, body: "", cookie: nil) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = Array(request.utf8).withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        let cookie = text.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: vitrine_login=") }
            .map { String($0.dropFirst(12).prefix { $0 != ";" }) }
        return Answer(status: status, body: text, cookie: cookie)
    }
}

/// Commits in a SQLite WAL file: frames whose header gives the database size after a commit
/// (sqlite.org/fileformat.html, "WAL File Format"), counted from a WAL started empty.
enum WALCommits {
    static func count(_ path: String) throws -> Int {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        guard bytes.count >= 32 else { return 0 }
        func word(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        let frame = 24 + word(8)
        return stride(from: 32, to: bytes.count - frame + 1, by: frame).filter { word($0 + 4) != 0 }.count
    }
}

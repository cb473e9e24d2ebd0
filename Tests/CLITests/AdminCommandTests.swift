import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// SQL on a database file through the sqlite3 command (an independent reader and writer).
enum SQL {
    @discardableResult
    static func run(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-bail", database, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func count(_ database: String, _ table: String, _ condition: String = "1") throws -> Int {
        Int(try run(database, "SELECT count(*) FROM \(table) WHERE \(condition)")) ?? -1
    }
}

@Suite("vitrine admin on a real database", .serialized, .ownThreads)
struct AdminCommandTests {
    static let day: Int64 = 86_400_000
    static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// A database made by vitrine itself, with an owner ('alice', shop 'boulangerie-alice', an
    /// advisor request, a visit and progress), all `age` days old.
    static func seeded(age: Int64 = 0) throws -> (directory: String, database: String) {
        let directory = try Vitrine.temporaryDirectory()
        #expect(try Vitrine.run(["admin", "demo", "--state-directory", directory]).status == 0)
        let database = directory + "/vitrine.sqlite"
        let at = now - age * day
        try SQL.run(database, """
            PRAGMA foreign_keys=ON;
            INSERT INTO owners (id, resume_code, pin_salt, pin_hash, purposes, hub, notice_hash, consented_at, passport_token)
              VALUES ('alice', 'K7WX-3MQ9', x'00', x'00', 'callback,publish', 1, 'abc', \(at), 'tok');
            INSERT INTO visitor_sessions (id, language, started_at, ended_at, owner_id, last_seen_at) VALUES ('v1', 'fr', \(at), \(at + 1000), 'alice', \(at + 1000));
            INSERT INTO progress (session_id, owner_id, kind, score, at) VALUES ('v1', 'alice', 'diagnostic', 42, \(at));
            INSERT INTO advisor_requests (id, owner_id, name, phone, topic, preferred_time, created_at)
              VALUES ('r1', 'alice', 'Alice Martin', '+33612345678', 'site', 'matin', \(at));
            INSERT INTO shops (id, owner_id, slug, draft, page, created_at, updated_at, published_at)
              VALUES ('s1', 'alice', 'boulangerie-alice', '{"name":"Boulangerie Alice"}', '{"name":"Boulangerie Alice"}', \(at), \(at), \(at));
            INSERT INTO outbox (id, type, at, owner_id, data, personal) VALUES ('e1', 'advisor.requested', \(at), 'alice', '{}', '{"name":"Alice Martin"}');
            """)
        return (directory, database)
    }

    @Test func statusReportsTheDatabaseAndTheDaemon() throws {
        let (directory, _) = try Self.seeded()
        let text = try Vitrine.run(["admin", "status", "--state-directory", directory])
        #expect(text.status == 0, "\(text.error)")
        for line in ["version      0.1.0", "outbox       1 event waiting", "shops        2 published, 2 in all", "disk free", "not running"] {
            #expect(text.output.contains(line), "\(line) in \(text.output)")
        }
        let port = Vitrine.freePort()
        let daemon = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory])
        try daemon.run()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        #expect(Vitrine.waitForHealth(port: port, process: daemon) != nil)
        let json = try Vitrine.run(["admin", "status", "--json", "--state-directory", directory])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(object?["daemon_running"] as? Bool == true)
        #expect(object?["outbox_depth"] as? Int == 1)
        #expect(object?["outbox_dead_letters"] as? Int == 0)
        #expect((object?["shops"] as? [String: Any])?["published"] as? Int == 2)
        #expect(((object?["database"] as? [String: Any])?["bytes"] as? Int ?? 0) > 0)
        #expect(((object?["disk"] as? [String: Any])?["free_bytes"] as? Int ?? 0) > 0)
        let check = try Vitrine.run(["admin", "check", "--json", "--state-directory", directory])
        #expect(check.output.contains(#""ok":true"#), "\(check.output)")
    }

    @Test func statusSaysWhyThePrinterCannotPrint() throws {
        let (directory, _) = try Self.seeded()
        let noCUPS = ["CUPS_SERVER": Scratch.root + "/vitrine-no-cups.sock"]
        let text = try Vitrine.run(["admin", "status", "--state-directory", directory], environment: noCUPS)
        #expect(text.status == 0 && text.output.contains("printer      unavailable: cups_unreachable ("), "\(text.output)")
        let json = try Vitrine.run(["admin", "status", "--json", "--set", "printer=PDF", "--state-directory", directory], environment: noCUPS)
        let printer = (try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])?["printer"] as? [String: Any]
        #expect(printer?["ready"] as? Bool == false && printer?["reason"] as? String == "cups_unreachable", "\(json.output)")
        #expect(try Vitrine.run(["serve", "--set", "printer=my printer", "--state-directory", directory]).status == 78,
                "a queue name CUPS cannot have is a configuration error")
    }

    @Test func exportGivesTheShopsDataAsJSON() throws {
        let (directory, _) = try Self.seeded()
        let outcome = try Vitrine.run(["admin", "export", "boulangerie-alice", "--json", "--state-directory", directory])
        #expect(outcome.status == 0, "\(outcome.error)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
        let shop = object?["shop"] as? [String: Any]
        #expect(shop?["slug"] as? String == "boulangerie-alice")
        #expect((shop?["draft"] as? [String: Any])?["name"] as? String == "Boulangerie Alice")
        let owner = object?["owner"] as? [String: Any]
        #expect(owner?["resume_code"] as? String == "K7WX-3MQ9")
        #expect((owner?["consent"] as? [String: Any])?["purposes"] as? [String] == ["callback", "publish"])
        #expect(!outcome.output.contains("pin_hash") && !outcome.output.contains("pin_salt"))
        #expect((object?["advisor_requests"] as? [[String: Any]])?.first?["phone"] as? String == "+33612345678")
        #expect((object?["progress"] as? [[String: Any]])?.first?["score"] as? Int == 42)
        #expect((object?["visits"] as? [[String: Any]])?.count == 1)
        let missing = try Vitrine.run(["admin", "export", "nope", "--state-directory", directory])
        #expect(missing.status == 65)
    }

    @Test func eraseDeletesTheShopAndOwnerAndQueuesTheHubEvent() throws {
        let (directory, database) = try Self.seeded()
        let refused = try Vitrine.run(["admin", "erase", "boulangerie-alice", "--state-directory", directory])
        #expect(refused.status == 64, "no --yes without a terminal")
        #expect(try SQL.count(database, "shops", "slug = 'boulangerie-alice'") == 1)
        let outcome = try Vitrine.run(["admin", "erase", "boulangerie-alice", "--yes", "--state-directory", directory])
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(try SQL.count(database, "shops", "slug = 'boulangerie-alice'") == 0)
        #expect(try SQL.count(database, "owners") == 0)
        #expect(try SQL.count(database, "advisor_requests") == 0)
        #expect(try SQL.count(database, "outbox", "personal IS NOT NULL") == 0)
        #expect(try SQL.count(database, "progress", "owner_id IS NULL") == 1, "anonymous progress stays, unlinked")
        #expect(try SQL.run(database, "SELECT data FROM outbox WHERE type = 'shop.erased'").contains(#""slug":"boulangerie-alice""#))
        #expect(try SQL.run(database, "SELECT owner_id FROM outbox WHERE type = 'shop.erased'") == "alice")
        #expect(try Vitrine.run(["admin", "erase", "boulangerie-alice", "--yes", "--state-directory", directory]).status == 65)
        #expect(try SQL.count(database, "shops", "slug = 'demo'") == 1, "other shops untouched")
    }

    @Test func purgeAppliesTheRetentionPeriod() throws {
        let (directory, database) = try Self.seeded(age: 400)
        let old = Self.now - 400 * Self.day
        let recent = Self.now - Self.day
        try SQL.run(database, """
            INSERT INTO visitor_sessions (id, language, started_at, ended_at, last_seen_at) VALUES ('anon-old', 'fr', \(old), \(old), \(old));
            INSERT INTO progress (session_id, kind, score, at) VALUES ('anon-old', 'diagnostic', 10, \(old));
            INSERT INTO visitor_sessions (id, language, started_at, ended_at, last_seen_at) VALUES ('anon-new', 'fr', \(recent), \(recent), \(recent));
            INSERT INTO progress (session_id, kind, score, at) VALUES ('anon-new', 'diagnostic', 20, \(recent));
            INSERT INTO owners (id, resume_code, pin_salt, pin_hash, purposes, hub, notice_hash, consented_at, passport_token)
              VALUES ('bob', 'AAAA-BBBB', x'00', x'00', 'publish', 0, 'abc', \(old), 'tok2');
            INSERT INTO visitor_sessions (id, language, started_at, ended_at, owner_id, last_seen_at) VALUES ('bob-old', 'fr', \(old), \(old), 'bob', \(old));
            INSERT INTO visitor_sessions (id, language, started_at, ended_at, owner_id, last_seen_at) VALUES ('bob-new', 'fr', \(recent), \(recent), 'bob', \(recent));
            INSERT INTO progress (session_id, owner_id, kind, score, at) VALUES ('bob-old', 'bob', 'diagnostic', 30, \(old));
            """)
        let outcome = try Vitrine.run(["admin", "purge", "--state-directory", directory, "--set", "retention_days=365"])
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.output.contains("1 owner(s), 1 shop(s)"), "\(outcome.output)")
        #expect(try SQL.run(database, "SELECT group_concat(id) FROM (SELECT id FROM owners ORDER BY id)") == "bob", "alice had no visit for 400 days")
        #expect(try SQL.count(database, "shops", "slug = 'boulangerie-alice'") == 0)
        #expect(try SQL.count(database, "advisor_requests") == 0)
        let visits = try SQL.run(database, "SELECT group_concat(id) FROM (SELECT id FROM visitor_sessions ORDER BY id)")
        #expect(visits == "anon-new,bob-new,bob-old", "old anonymous visits (and alice's, once unlinked) go; a kept owner's stay")
        #expect(try SQL.count(database, "progress", "session_id IN ('anon-old', 'v1')") == 0)
        #expect(try SQL.count(database, "progress", "session_id = 'bob-old'") == 1)
        #expect(try SQL.count(database, "shops", "slug = 'demo'") == 1)
    }

    @Test func setAdminPinStoresASaltedHash() throws {
        let (directory, database) = try Self.seeded()
        let process = Vitrine.start(["admin", "set-admin-pin", "--state-directory", directory])
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data("48151623\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let salt = try SQL.run(database, "SELECT hex(value) FROM settings WHERE key = 'admin_pin_salt'")
        let hash = try SQL.run(database, "SELECT hex(value) FROM settings WHERE key = 'admin_pin_hash'")
        #expect(salt.count == 32 && hash.count == 64)
        #expect(!hash.contains("48151623"))
        let expected = try Self.pinHash("48151623", saltHex: salt)
        #expect(hash == expected, "iterated HMAC-SHA256 keyed by the salt (PINHash)")
        let bad = Vitrine.start(["admin", "set-admin-pin", "--state-directory", directory])
        let badInput = Pipe()
        bad.standardInput = badInput
        try bad.run()
        badInput.fileHandleForWriting.write(Data("12a\n".utf8))
        try badInput.fileHandleForWriting.close()
        bad.waitUntilExit()
        #expect(bad.terminationStatus == 64)
    }

    @Test func backupDuringWritesHoldsEveryRowCommittedBefore() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let daemon = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory])
        try daemon.run()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        #expect(Vitrine.waitForHealth(port: port, process: daemon) != nil)
        let writer = SessionWriter(port: port)
        writer.start()
        while writer.committed < 50 { usleep(10_000) }
        let before = writer.committed
        let copy = directory + "/backup.sqlite"
        let backup = try Vitrine.run(["admin", "backup", copy, "--state-directory", directory])
        let after = writer.committed
        writer.stop()
        #expect(backup.status == 0, "\(backup.error)")
        #expect(try SQL.run(copy, "PRAGMA integrity_check") == "ok")
        let rows = try SQL.count(copy, "visitor_sessions")
        #expect(rows >= before, "\(rows) rows in the copy, \(before) committed before the backup began")
        #expect(rows <= after + 1)

        let refused = try Vitrine.run(["admin", "restore", copy, "--state-directory", directory])
        #expect(refused.status == 75, "restore refused while the daemon runs: \(refused.error)")
        #expect(refused.error.contains("systemctl stop vitrine"))
        daemon.terminate()
        daemon.waitUntilExit()
        let live = directory + "/vitrine.sqlite"
        #expect(try SQL.count(live, "visitor_sessions") > rows || writer.committed == rows)
        let restored = try Vitrine.run(["admin", "restore", copy, "--state-directory", directory])
        #expect(restored.status == 0, "\(restored.error)")
        #expect(try SQL.count(live, "visitor_sessions") == rows)
        #expect(try SQL.run(live, "PRAGMA journal_mode") == "wal")
        #expect(FileManager.default.fileExists(atPath: live + ".pre-restore"))
        #expect(try Vitrine.run(["admin", "check", "--state-directory", directory]).output == "ok\n")
    }

    @Test func restoreRefusesWhatIsNotAGoodVitrineDatabase() throws {
        let directory = try Vitrine.temporaryDirectory()
        #expect(try Vitrine.run(["admin", "demo", "--state-directory", directory]).status == 0)
        let junk = directory + "/junk"
        try "not a database".write(toFile: junk, atomically: true, encoding: .utf8)
        #expect(try Vitrine.run(["admin", "restore", junk, "--state-directory", directory]).status == 65)
        let foreign = directory + "/foreign.sqlite"
        try SQL.run(foreign, "CREATE TABLE t (x); PRAGMA application_id = 1234;")
        let outcome = try Vitrine.run(["admin", "restore", foreign, "--state-directory", directory])
        #expect(outcome.status == 65, "\(outcome.error)")
        #expect(try SQL.count(directory + "/vitrine.sqlite", "shops", "slug = 'demo'") == 1, "live database untouched")
    }

    /// PINHash in Python's terms: HMAC-SHA256 keyed by the salt, 2000 times, from the PIN's bytes.
    static func pinHash(_ pin: String, saltHex: String) throws -> String {
        let script = "import hmac,hashlib,sys\nd=sys.argv[1].encode()\nk=bytes.fromhex(sys.argv[2])\nfor _ in range(2000): d=hmac.new(k,d,hashlib.sha256).digest()\nprint(d.hex().upper())"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, pin, saltHex]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Starts visitor sessions over HTTP in a loop, counting the ones the daemon confirmed (each
/// confirmed answer is a committed row).
final class SessionWriter: @unchecked Sendable {
    let port: Int
    private let lock = NSLock()
    private var count = 0
    private var running = true
    private let done = DispatchSemaphore(value: 0)

    init(port: Int) { self.port = port }

    var committed: Int { lock.withLock { count } }

    func start() {
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) {
                if post() { lock.withLock { count += 1 } }
            }
            done.signal()
        }
    }

    func stop() {
        lock.withLock { running = false }
        done.wait()
    }

    private func post() -> Bool {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/sessions")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"language":"fr"}"#.utf8)
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var ok = false
        URLSession.shared.dataTask(with: request) { _, response, _ in
            ok = ((response as? HTTPURLResponse)?.statusCode ?? 0) / 100 == 2
            finished.signal()
        }.resume()
        finished.wait()
        return ok
    }
}

@Suite("The shipped configuration example", .ownThreads)
struct ConfigExampleTests {
    /// Every key `vitrine config` knows is in systemd/vitrine.toml.example, and the file loads both
    /// as shipped and with every commented default switched on.
    @Test func listsEveryKeyAndEveryDefaultLoads() throws {
        let path = Vitrine.repositoryRoot + "/systemd/vitrine.toml.example"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let keys = try Vitrine.run(["config"]).output.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(keys.count > 30)
        let lines = text.split(separator: "\n").map(String.init)
        for key in keys {
            #expect(lines.contains { $0.hasPrefix(key + " = ") || $0.hasPrefix("#" + key + " = ") }, "\(key) missing from the example")
        }
        #expect(try Vitrine.run(["config", "--config", path]).status == 0)
        let directory = try Vitrine.temporaryDirectory()
        let uncommented = lines.map { line in keys.contains { line.hasPrefix("#" + $0 + " = ") } ? String(line.dropFirst()) : line }
        try uncommented.joined(separator: "\n").write(toFile: directory + "/all.toml", atomically: true, encoding: .utf8)
        let outcome = try Vitrine.run(["config", "--config", directory + "/all.toml"])
        #expect(outcome.status == 0, "\(outcome.error)")
    }
}

/// Issue 12: no dead QR code. The operator's two checks say when the public address is missing.
@Suite("CLI warnings about the public address", .ownThreads)
struct PublicAddressWarningTests {
    @Test func configAndStatusWarnWhileTheAddressIsLoopback() throws {
        let directory = Scratch.root + "/vitrine-address-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = try Vitrine.run(["config", "--state-directory", directory])
        #expect(config.status == 0 && config.error.contains("warning: public_base_url is unset or a loopback address"))
        let status = try Vitrine.run(["admin", "status", "--state-directory", directory])
        #expect(status.output.contains("public page  WARNING: http://127.0.0.1:8080 is not public."), "\(status.output)")
        let json = try Vitrine.run(["admin", "status", "--json", "--state-directory", directory])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let address = try #require(object?["public_address"] as? [String: Any])
        #expect(address["ready"] as? Bool == false && (address["warning"] as? String)?.contains("public_base_url") == true)
    }

    @Test func aPublicAddressGivesNoWarning() throws {
        let directory = Scratch.root + "/vitrine-address-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = try Vitrine.run(["config", "--set=public_base_url=https://vitrine.example.org", "--state-directory", directory])
        #expect(config.status == 0 && !config.error.contains("warning"))
        let status = try Vitrine.run(["admin", "status", "--set=public_base_url=https://vitrine.example.org", "--state-directory", directory])
        #expect(status.output.contains("public page  https://vitrine.example.org/s/<slug>"), "\(status.output) \(status.error)")
    }
}

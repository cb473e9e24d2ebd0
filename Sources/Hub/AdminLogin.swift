import Storage
import Time
import Tokens

/// Checks a name and password at `/admin/login`, with a lock-out per name and per address:
/// after `maximumFailures` wrong attempts within `lockout`, that name is refused for `lockout`,
/// known or not (so the answer does not tell which names exist); after `maximumAddressFailures`,
/// so is every name tried from that address (one guesser cycling through names). A locked
/// attempt is refused before any hashing, and the refusal is immediate: the daemon never holds
/// a thread sleeping to slow a guesser down. A good password kept with fewer rounds than
/// `AdminAccounts.iterations` is hashed again at today's cost.
///
/// An attempt is three steps, so the hashing can run apart from the database work (on the
/// server's idle lane): `prepare` (reads: lock-outs, the account), `PasswordCheck.run` (the
/// hashing alone), `conclude` (writes: failures counted, the hash upgraded). `attempt` runs the
/// three in turn.
struct AdminLogin: Sendable {
    let database: Database
    /// Rounds hashed for an unknown name: the cost of a real account's check.
    var decoyIterations = AdminAccounts.iterations
    /// Rounds a good password is brought up to.
    var currentIterations = AdminAccounts.iterations
    static let maximumFailures = 5
    static let maximumAddressFailures = 20
    static let lockoutMilliseconds: Int64 = 15 * 60 * 1000
    /// How many new failure rows between two prunes of finished windows.
    static let pruneEvery: Int64 = 32
    /// Hashed when the name is unknown, so an unknown name takes as long as a wrong password.
    private static let decoySalt = [UInt8](repeating: 0x5A, count: 16)

    enum Outcome: Equatable {
        case accepted(name: String)
        case refused
        case locked(retryAfterSeconds: Int64)
    }

    /// What `prepare` found: an answer already, or a password to hash.
    enum Step: Sendable {
        case decided(Outcome)
        case check(PasswordCheck)
    }

    /// `address` is the client's; nil (a request without a socket) counts per name only.
    func attempt(name typed: String, password: String, address: String? = nil, now: Timestamp) throws -> Outcome {
        switch try prepare(name: typed, password: password, address: address, now: now) {
        case .decided(let outcome): return outcome
        case .check(let check): return try conclude(check.run(), now: now)
        }
    }

    /// Refuses a malformed or locked attempt at once; otherwise reads what the hashing needs.
    /// The lock-outs and the account are read in one read transaction.
    func prepare(name typed: String, password: String, address: String? = nil, now: Timestamp) throws -> Step {
        let name = typed.lowercased()
        guard AdminAccounts.isName(name), password.utf8.count <= AdminAccounts.maximumPasswordBytes else { return .decided(.refused) }
        let addressKey = address.map(Self.addressKey)
        let (locked, account) = try database.read { (connection) throws(StorageError) in
            (try Self.locked(connection, name: name, addressKey: addressKey, now: now),
             try connection.query("SELECT salt, hash, iterations FROM admins WHERE name = ?", [.text(name)]).first)
        }
        if let locked { return .decided(locked) }
        if let account, let salt = account.bytes(0), let hash = account.bytes(1), let iterations = account.int(2) {
            return .check(PasswordCheck(name: name, addressKey: addressKey, password: password, salt: salt, iterations: iterations,
                                        expected: hash, currentIterations: currentIterations))
        }
        return .check(PasswordCheck(name: name, addressKey: addressKey, password: password, salt: Self.decoySalt,
                                    iterations: decoyIterations, expected: nil, currentIterations: currentIterations))
    }

    /// Counts a failure (per address and per name), or accepts (upgrading the hash) unless the
    /// name or address was locked while the hash was computed: attempts waiting together cannot
    /// pass the limit. One write transaction either way, so one commit (one fsync) and one turn
    /// of the writer's lock, which ingest waits for; the lock-out is read inside it, so no
    /// failure can be counted between that read and the acceptance.
    func conclude(_ verdict: PasswordCheck.Verdict, now: Timestamp) throws -> Outcome {
        let check = verdict.check
        return try database.write { (connection) throws(StorageError) -> Outcome in
            guard verdict.matched else { return try Self.recordFailure(connection, check, now: now) }
            if let locked = try Self.locked(connection, name: check.name, addressKey: check.addressKey, now: now) { return locked }
            if let upgrade = verdict.upgrade {
                try connection.execute("UPDATE admins SET salt = ?, hash = ?, iterations = ?, updated_at = ? WHERE name = ?",
                                       [.blob(upgrade.salt), .blob(upgrade.hash), .integer(Int64(currentIterations)),
                                        .integer(now.milliseconds), .text(check.name)])
            }
            try connection.execute("DELETE FROM admin_login_failures WHERE name = ?", [.text(check.name)])
            return .accepted(name: check.name)
        }
    }

    /// Failures from an address are counted beside names' under a key no name can take (names
    /// have no ':').
    static func addressKey(_ address: String) -> String { "address:" + address }

    /// The lock-out of the name, else of the address, in one indexed look-up.
    private static func locked(_ connection: Connection, name: String, addressKey: String?, now: Timestamp) throws(StorageError) -> Outcome? {
        let until = try connection.query("""
            SELECT locked_until FROM admin_login_failures WHERE name IN (?1, ?2) AND locked_until > ?3
            ORDER BY name = ?1 DESC LIMIT 1
            """, [.text(name), addressKey.map { .text($0) } ?? .null, .integer(now.milliseconds)]).first?.int64(0)
        return until.map { .locked(retryAfterSeconds: seconds($0 - now.milliseconds)) }
    }

    /// Counts the failure under the address (if any) and the name; the address's lock-out is
    /// the answer if both apply.
    private static func recordFailure(_ connection: Connection, _ check: PasswordCheck, now: Timestamp) throws(StorageError) -> Outcome {
        var byAddress = Outcome.refused
        if let addressKey = check.addressKey {
            byAddress = try countFailure(connection, addressKey, limit: maximumAddressFailures, now: now)
        }
        let byName = try countFailure(connection, check.name, limit: maximumFailures, now: now)
        return byAddress == .refused ? byName : byAddress
    }

    /// One failure more for `key` in its current window (a new window once the last one is
    /// over), locked at `limit`: indexed statements only. Every `pruneEvery`-th new row also
    /// deletes the rows of every finished window (a scan of the table), so guessing random names
    /// cannot grow it without bound and no single failure pays the scan.
    private static func countFailure(_ connection: Connection, _ key: String, limit: Int, now: Timestamp) throws(StorageError) -> Outcome {
        try connection.execute("DELETE FROM admin_login_failures WHERE name = ?1 AND max(first_at + ?2, coalesce(locked_until, 0)) <= ?3",
                               [.text(key), .integer(lockoutMilliseconds), .integer(now.milliseconds)])
        let row = try connection.query("""
            INSERT INTO admin_login_failures (name, failures, first_at, locked_until) VALUES (?1, 1, ?2, CASE WHEN ?3 <= 1 THEN ?4 END)
            ON CONFLICT (name) DO UPDATE SET failures = failures + 1,
                locked_until = CASE WHEN failures + 1 >= ?3 THEN ?4 ELSE locked_until END
            RETURNING failures, rowid
            """, [.text(key), .integer(now.milliseconds), .integer(Int64(limit)), .integer(now.milliseconds + lockoutMilliseconds)]).first
        let failures = row?.int(0) ?? 1
        if failures == 1, let rowid = row?.int64(1), rowid % pruneEvery == 0 {
            try connection.execute("DELETE FROM admin_login_failures WHERE max(first_at + ?1, coalesce(locked_until, 0)) <= ?2",
                                   [.integer(lockoutMilliseconds), .integer(now.milliseconds)])
        }
        return failures >= limit ? .locked(retryAfterSeconds: seconds(lockoutMilliseconds)) : .refused
    }

    private static func seconds(_ milliseconds: Int64) -> Int64 { max(1, (milliseconds + 999) / 1000) }
}

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
    func prepare(name typed: String, password: String, address: String? = nil, now: Timestamp) throws -> Step {
        let name = typed.lowercased()
        guard AdminAccounts.isName(name), password.utf8.count <= AdminAccounts.maximumPasswordBytes else { return .decided(.refused) }
        let addressKey = address.map(Self.addressKey)
        if let locked = try locked(name: name, addressKey: addressKey, now: now) { return .decided(locked) }
        let account = try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT salt, hash, iterations FROM admins WHERE name = ?", [.text(name)]).first
        }
        if let account, let salt = account.bytes(0), let hash = account.bytes(1), let iterations = account.int(2) {
            return .check(PasswordCheck(name: name, addressKey: addressKey, password: password, salt: salt, iterations: iterations,
                                        expected: hash, currentIterations: currentIterations))
        }
        return .check(PasswordCheck(name: name, addressKey: addressKey, password: password, salt: Self.decoySalt,
                                    iterations: decoyIterations, expected: nil, currentIterations: currentIterations))
    }

    /// Counts a failure, or accepts (upgrading the hash) unless the name or address was locked
    /// while the hash was computed: attempts waiting together cannot pass the limit.
    func conclude(_ verdict: PasswordCheck.Verdict, now: Timestamp) throws -> Outcome {
        let check = verdict.check
        guard verdict.matched else {
            let byAddress = try check.addressKey.map { try recordFailure($0, limit: Self.maximumAddressFailures, now: now) }
            let byName = try recordFailure(check.name, limit: Self.maximumFailures, now: now)
            return byAddress.flatMap { $0 == .refused ? nil : $0 } ?? byName
        }
        if let locked = try locked(name: check.name, addressKey: check.addressKey, now: now) { return locked }
        try database.write { (connection) throws(StorageError) in
            if let upgrade = verdict.upgrade {
                try connection.execute("UPDATE admins SET salt = ?, hash = ?, iterations = ?, updated_at = ? WHERE name = ?",
                                       [.blob(upgrade.salt), .blob(upgrade.hash), .integer(Int64(currentIterations)),
                                        .integer(now.milliseconds), .text(check.name)])
            }
            try connection.execute("DELETE FROM admin_login_failures WHERE name = ?", [.text(check.name)])
        }
        return .accepted(name: check.name)
    }

    /// Failures from an address are counted beside names' under a key no name can take (names
    /// have no ':').
    static func addressKey(_ address: String) -> String { "address:" + address }

    private func locked(name: String, addressKey: String?, now: Timestamp) throws -> Outcome? {
        for key in [name] + (addressKey.map { [$0] } ?? []) {
            if let until = try lockedUntil(key, now: now) { return .locked(retryAfterSeconds: Self.seconds(until - now.milliseconds)) }
        }
        return nil
    }

    private func lockedUntil(_ name: String, now: Timestamp) throws -> Int64? {
        let until = try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT locked_until FROM admin_login_failures WHERE name = ?", [.text(name)]).first?.int64(0)
        }
        return until.flatMap { $0 > now.milliseconds ? $0 : nil }
    }

    /// Counts the failure in the current window (a new window once the last one is over) and
    /// locks the name at the limit. Rows of finished windows are pruned, so guessing random
    /// names cannot grow the table without bound.
    private func recordFailure(_ name: String, limit: Int, now: Timestamp) throws -> Outcome {
        let window = Self.lockoutMilliseconds
        let failures = try database.write { (connection) throws(StorageError) -> Int in
            try connection.execute("DELETE FROM admin_login_failures WHERE max(first_at + ?1, coalesce(locked_until, 0)) <= ?2",
                                   [.integer(window), .integer(now.milliseconds)])
            try connection.execute("""
                INSERT INTO admin_login_failures (name, failures, first_at) VALUES (?1, 1, ?2)
                ON CONFLICT (name) DO UPDATE SET failures = failures + 1
                """, [.text(name), .integer(now.milliseconds)])
            let count = try connection.query("SELECT failures FROM admin_login_failures WHERE name = ?", [.text(name)]).first?.int(0) ?? 1
            if count >= limit {
                try connection.execute("UPDATE admin_login_failures SET locked_until = ? WHERE name = ?",
                                       [.integer(now.milliseconds + window), .text(name)])
            }
            return count
        }
        return failures >= limit ? .locked(retryAfterSeconds: Self.seconds(window)) : .refused
    }

    private static func seconds(_ milliseconds: Int64) -> Int64 { max(1, (milliseconds + 999) / 1000) }
}

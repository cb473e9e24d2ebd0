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

    /// `address` is the client's; nil (a request without a socket) counts per name only.
    func attempt(name typed: String, password: String, address: String? = nil, now: Timestamp) throws -> Outcome {
        let name = typed.lowercased()
        guard AdminAccounts.isName(name), password.utf8.count <= AdminAccounts.maximumPasswordBytes else { return .refused }
        let addressKey = address.map(Self.addressKey)
        for key in [name] + (addressKey.map { [$0] } ?? []) {
            if let until = try lockedUntil(key, now: now) { return .locked(retryAfterSeconds: Self.seconds(until - now.milliseconds)) }
        }
        let account = try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT salt, hash, iterations FROM admins WHERE name = ?", [.text(name)]).first
        }
        var matched = false
        var stale = false
        if let account, let salt = account.bytes(0), let hash = account.bytes(1), let iterations = account.int(2) {
            matched = PasswordHash.matches(password: password, salt: salt, iterations: iterations, hash: hash)
            stale = iterations < currentIterations
        } else {
            _ = PasswordHash.make(password: password, salt: Self.decoySalt, iterations: decoyIterations)
        }
        guard matched else {
            let byAddress = try addressKey.map { try recordFailure($0, limit: Self.maximumAddressFailures, now: now) }
            let byName = try recordFailure(name, limit: Self.maximumFailures, now: now)
            return byAddress.flatMap { $0 == .refused ? nil : $0 } ?? byName
        }
        if stale { try upgrade(name, password: password, now: now) }
        try database.write { (connection) throws(StorageError) in try connection.execute("DELETE FROM admin_login_failures WHERE name = ?", [.text(name)]) }
        return .accepted(name: name)
    }

    /// Failures from an address are counted beside names' under a key no name can take (names
    /// have no ':').
    static func addressKey(_ address: String) -> String { "address:" + address }

    /// Hashes a good password again at today's cost, with a fresh salt.
    private func upgrade(_ name: String, password: String, now: Timestamp) throws {
        let salt = RandomBytes.make(16)
        let hash = PasswordHash.make(password: password, salt: salt, iterations: currentIterations)
        try database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE admins SET salt = ?, hash = ?, iterations = ?, updated_at = ? WHERE name = ?",
                                   [.blob(salt), .blob(hash), .integer(Int64(currentIterations)), .integer(now.milliseconds), .text(name)])
        }
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

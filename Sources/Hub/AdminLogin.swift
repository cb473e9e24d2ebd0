import Storage
import Time
import Tokens

/// Checks a name and password at `/admin/login`, with a lock-out per name: after
/// `maximumFailures` wrong attempts within `lockout`, that name is refused for `lockout`, known
/// or not (so the answer does not tell which names exist). The refusal is immediate: the
/// daemon never holds a thread sleeping to slow a guesser down.
struct AdminLogin: Sendable {
    let database: Database
    /// Rounds hashed for an unknown name: the cost of a real account's check.
    var decoyIterations = PasswordHash.defaultIterations
    static let maximumFailures = 5
    static let lockoutMilliseconds: Int64 = 15 * 60 * 1000
    /// Hashed when the name is unknown, so an unknown name takes as long as a wrong password.
    private static let decoySalt = [UInt8](repeating: 0x5A, count: 16)

    enum Outcome: Equatable {
        case accepted(name: String)
        case refused
        case locked(retryAfterSeconds: Int64)
    }

    func attempt(name typed: String, password: String, now: Timestamp) throws -> Outcome {
        let name = typed.lowercased()
        guard AdminAccounts.isName(name), password.utf8.count <= AdminAccounts.maximumPasswordBytes else { return .refused }
        if let until = try lockedUntil(name, now: now) { return .locked(retryAfterSeconds: Self.seconds(until - now.milliseconds)) }
        let account = try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT salt, hash, iterations FROM admins WHERE name = ?", [.text(name)]).first
        }
        let matched: Bool
        if let account, let salt = account.bytes(0), let hash = account.bytes(1), let iterations = account.int(2) {
            matched = PasswordHash.matches(password: password, salt: salt, iterations: iterations, hash: hash)
        } else {
            _ = PasswordHash.make(password: password, salt: Self.decoySalt, iterations: decoyIterations)
            matched = false
        }
        guard matched else { return try recordFailure(name, now: now) }
        try database.write { (connection) throws(StorageError) in try connection.execute("DELETE FROM admin_login_failures WHERE name = ?", [.text(name)]) }
        return .accepted(name: name)
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
    private func recordFailure(_ name: String, now: Timestamp) throws -> Outcome {
        let window = Self.lockoutMilliseconds
        let failures = try database.write { (connection) throws(StorageError) -> Int in
            try connection.execute("DELETE FROM admin_login_failures WHERE max(first_at + ?1, coalesce(locked_until, 0)) <= ?2",
                                   [.integer(window), .integer(now.milliseconds)])
            try connection.execute("""
                INSERT INTO admin_login_failures (name, failures, first_at) VALUES (?1, 1, ?2)
                ON CONFLICT (name) DO UPDATE SET failures = failures + 1
                """, [.text(name), .integer(now.milliseconds)])
            let count = try connection.query("SELECT failures FROM admin_login_failures WHERE name = ?", [.text(name)]).first?.int(0) ?? 1
            if count >= Self.maximumFailures {
                try connection.execute("UPDATE admin_login_failures SET locked_until = ? WHERE name = ?",
                                       [.integer(now.milliseconds + window), .text(name)])
            }
            return count
        }
        return failures >= Self.maximumFailures ? .locked(retryAfterSeconds: Self.seconds(window)) : .refused
    }

    private static func seconds(_ milliseconds: Int64) -> Int64 { max(1, (milliseconds + 999) / 1000) }
}

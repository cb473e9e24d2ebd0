import Storage
import Time
import Tokens

/// A logged-in staff member, as a request finds them.
struct AdminSession: Sendable, Equatable {
    let admin: String
    /// Required in every form this session posts (hidden field `csrf`).
    let csrf: String
}

/// Dashboard sessions: a random token in an `HttpOnly` cookie, of which the database keeps only
/// the SHA-256 (a leaked copy of the database opens nothing). A session ends after
/// `idleMilliseconds` without a request, after `maximumMilliseconds` whatever, or at logout.
struct AdminSessions: Sendable {
    let database: Database
    static let idleMilliseconds: Int64 = 30 * 60 * 1000
    static let maximumMilliseconds: Int64 = 12 * 3600 * 1000
    /// A session seen this recently is not rewritten on every request.
    static let touchMilliseconds: Int64 = 30 * 1000

    /// Opens a session; returns the cookie's token and the session.
    func open(admin: String, now: Timestamp) throws -> (token: String, session: AdminSession) {
        let token = Hex.encode(RandomBytes.make(32))
        let csrf = Hex.encode(RandomBytes.make(32))
        try database.write { (connection) throws(StorageError) in
            try connection.execute("DELETE FROM admin_sessions WHERE last_seen_at < ? OR created_at < ?",
                                   [.integer(now.milliseconds - Self.idleMilliseconds), .integer(now.milliseconds - Self.maximumMilliseconds)])
            try connection.execute("INSERT INTO admin_sessions (token_hash, admin, csrf, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                                   [.blob(Self.digest(token)), .text(admin), .text(csrf), .integer(now.milliseconds)])
        }
        return (token, AdminSession(admin: admin, csrf: csrf))
    }

    /// The live session of `token`, marked as seen now; nil (and the row gone) once expired.
    func find(token: String, now: Timestamp) throws -> AdminSession? {
        guard token.utf8.count == 64 else { return nil }
        let key = SQLValue.blob(Self.digest(token))
        let row = try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT admin, csrf, created_at, last_seen_at FROM admin_sessions WHERE token_hash = ?", [key]).first
        }
        guard let row, let admin = row.string(0), let csrf = row.string(1), let created = row.int64(2), let seen = row.int64(3) else {
            return nil
        }
        let expired = now.milliseconds - seen >= Self.idleMilliseconds || now.milliseconds - created >= Self.maximumMilliseconds
        if expired || now.milliseconds - seen >= Self.touchMilliseconds {
            try database.write { (connection) throws(StorageError) in
                if expired {
                    try connection.execute("DELETE FROM admin_sessions WHERE token_hash = ?", [key])
                } else {
                    try connection.execute("UPDATE admin_sessions SET last_seen_at = ? WHERE token_hash = ?", [.integer(now.milliseconds), key])
                }
            }
        }
        return expired ? nil : AdminSession(admin: admin, csrf: csrf)
    }

    func close(token: String) throws {
        try database.write { (connection) throws(StorageError) in
            try connection.execute("DELETE FROM admin_sessions WHERE token_hash = ?", [.blob(Self.digest(token))])
        }
    }

    private static func digest(_ token: String) -> [UInt8] { SHA256.hash(Array(token.utf8)) }
}

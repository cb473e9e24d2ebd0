import Storage
import Time
import Tokens

/// The dashboard's staff accounts: created or reset from the command line
/// (`vitrine hub set-admin-password NAME`), checked at `/admin/login`.
public struct AdminAccounts: Sendable {
    let database: Database
    public static let minimumPasswordLength = 12
    /// PBKDF2-HMAC-SHA256 rounds for staff passwords: OWASP's current recommendation. Hashes
    /// made with fewer are redone at the next good login.
    public static let iterations = 600_000
    /// Bytes: a longer "password" is refused rather than hashed (no work amplification).
    public static let maximumPasswordBytes = 1024

    public init(database: Database) { self.database = database }

    /// Why an account could not be set; phrased for the operator at the terminal.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidName(String)
        case shortPassword(minimum: Int)
        case longPassword(maximum: Int)

        public var description: String {
            switch self {
            case .invalidName(let name): "'\(name)' is not an admin name: use 1 to 64 of a-z, 0-9, '.', '_', '-' and '@'"
            case .shortPassword(let minimum): "the password must have at least \(minimum) characters; nothing changed"
            case .longPassword(let maximum): "the password must fit in \(maximum) bytes; nothing changed"
            }
        }
    }

    /// Creates the account or replaces its password; the account's open sessions end and its
    /// failed-login count is cleared. Storage errors are rethrown as they are.
    public func setPassword(name: String, password: String, iterations: Int = AdminAccounts.iterations,
                            now: Timestamp = .now()) throws -> Void {
        try Self.check(name: name, password: password)
        let salt = RandomBytes.make(16)
        let hash = PasswordHash.make(password: password, salt: salt, iterations: iterations)
        try database.write { (connection) throws(StorageError) in
            try connection.execute("""
                INSERT INTO admins (name, salt, hash, iterations, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                ON CONFLICT (name) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, iterations = excluded.iterations,
                    updated_at = excluded.updated_at
                """, [.text(name), .blob(salt), .blob(hash), .integer(Int64(iterations)), .integer(now.milliseconds)])
            try connection.execute("DELETE FROM admin_sessions WHERE admin = ?", [.text(name)])
            try connection.execute("DELETE FROM admin_login_failures WHERE name = ?", [.text(name)])
        }
    }

    /// Every account's name, for the operator.
    public func names() throws -> [String] {
        try database.read { (connection) throws(StorageError) in try connection.query("SELECT name FROM admins ORDER BY name", as: "admin names") { $0.string(0) } }
    }

    static func check(name: String, password: String) throws(Failure) {
        guard isName(name) else { throw .invalidName(name) }
        guard password.count >= minimumPasswordLength else { throw .shortPassword(minimum: minimumPasswordLength) }
        guard password.utf8.count <= maximumPasswordBytes else { throw .longPassword(maximum: maximumPasswordBytes) }
    }

    /// Whether `text` may name an account (checked before a password is asked for).
    public static func isValidName(_ text: String) -> Bool { isName(text) }

    /// Lower-case so that "Anne" and "anne" are one account and one lock-out counter.
    static func isName(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count) && text.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x5F || byte == 0x2D || byte == 0x40
        }
    }
}

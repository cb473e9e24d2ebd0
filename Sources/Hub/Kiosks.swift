import ReportProtocol
import Storage
import Time

/// The kiosks a hub accepts reports from, each with its own signing secret.
public struct Kiosks: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidName(String)
        case exists(String)

        public var description: String {
            switch self {
            case .invalidName(let name): "'\(name)' is not a kiosk name: use 1 to 40 of a-z, 0-9 and inner '-'"
            case .exists(let name): "a kiosk named '\(name)' already exists"
            }
        }
    }

    /// Registers a kiosk; its name is its id (in reports' URLs and in `/d/<name>`).
    public func add(name: String, now: Timestamp = .now()) throws -> (id: String, secret: WebhookSecret) {
        guard Self.isName(name) else { throw Failure.invalidName(name) }
        let secret = WebhookSecret.generate()
        let added = try database.write { (connection) throws(StorageError) in
            try connection.execute("INSERT INTO kiosks (id, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                                   [.text(name), .text(secret.text), .integer(now.milliseconds)])
            return connection.changes == 1
        }
        guard added else { throw Failure.exists(name) }
        return (name, secret)
    }

    /// The kiosk's secret, nil for an unknown kiosk.
    public func secret(of id: String) throws -> WebhookSecret? {
        try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT secret FROM kiosks WHERE id = ?", [.text(id)]).first?.string(0).flatMap(WebhookSecret.init)
        }
    }

    /// The kiosk's secret and when it was registered, nil for an unknown kiosk.
    func registration(of id: String) throws -> (secret: WebhookSecret, registeredAt: Timestamp)? {
        try database.read { (connection) throws(StorageError) in
            guard let row = try connection.query("SELECT secret, created_at FROM kiosks WHERE id = ?", [.text(id)]).first,
                  let secret = row.string(0).flatMap(WebhookSecret.init), let created = row.int64(1) else { return nil }
            return (secret, Timestamp(milliseconds: created))
        }
    }

    public func all() throws -> [String] {
        try database.read { (connection) throws(StorageError) in try connection.query("SELECT id FROM kiosks ORDER BY id", as: "kiosk ids") { $0.string(0) } }
    }

    static func isName(_ text: String) -> Bool {
        (1...40).contains(text.utf8.count) && text.first != "-" && text.last != "-"
            && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}

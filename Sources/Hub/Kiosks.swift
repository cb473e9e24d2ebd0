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
        case noFreePrefix

        public var description: String {
            switch self {
            case .invalidName(let name): "'\(name)' is not a kiosk name: use 1 to 40 of a-z, 0-9 and inner '-'"
            case .exists(let name): "a kiosk named '\(name)' already exists"
            case .noFreePrefix: "every poster-code prefix is taken (\(KioskPrefix.count) kiosks)"
            }
        }
    }

    /// A registered kiosk: its id, its signing secret and its poster-code prefix.
    public struct Registration: Sendable {
        public let id: String
        public let secret: WebhookSecret
        public let prefix: String
    }

    /// Registers a kiosk; its name is its id (in reports' URLs and in `/d/<name>`). It gets the
    /// first free poster-code prefix, which its posters' codes start with.
    public func add(name: String, now: Timestamp = .now()) throws -> Registration {
        guard Self.isName(name) else { throw Failure.invalidName(name) }
        let secret = WebhookSecret.generate()
        let prefix = try database.write { (connection) throws(StorageError) -> Result<String, Failure> in
            guard try connection.query("SELECT 1 FROM kiosks WHERE id = ?", [.text(name)]).isEmpty else { return .failure(.exists(name)) }
            let taken = Set(try connection.query("SELECT prefix FROM kiosks WHERE prefix IS NOT NULL", as: "kiosk prefixes") { $0.string(0) })
            guard let prefix = KioskPrefix.firstFree(taken: taken) else { return .failure(.noFreePrefix) }
            try connection.execute("INSERT INTO kiosks (id, secret, created_at, prefix) VALUES (?, ?, ?, ?)",
                                   [.text(name), .text(secret.text), .integer(now.milliseconds), .text(prefix)])
            return .success(prefix)
        }
        return Registration(id: name, secret: secret, prefix: try prefix.get())
    }

    /// The kiosk's poster-code prefix, nil for an unknown kiosk.
    public func prefix(of id: String) throws -> String? {
        try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT prefix FROM kiosks WHERE id = ?", [.text(id)]).first?.string(0)
        }
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

    /// Every kiosk with its prefix, by id (the CLI's list).
    public func list() throws -> [(id: String, prefix: String)] {
        try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT id, prefix FROM kiosks ORDER BY id", as: "kiosks") { row in
                row.string(0).map { ($0, row.string(1) ?? "") }
            }
        }
    }

    static func isName(_ text: String) -> Bool {
        (1...40).contains(text.utf8.count) && text.first != "-" && text.last != "-"
            && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}

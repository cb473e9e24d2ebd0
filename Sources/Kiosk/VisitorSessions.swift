import ReportOutbox
import Storage
import Time
import Tokens

/// Visitor sessions in SQLite. Opening one ends any other still open: the screen has one
/// visitor at a time, and a forgotten session must never leak into the next. A session left
/// untouched longer than the idle time plus its countdown is over, even if no browser said so.
public struct VisitorSessions: Sendable {
    let database: Database
    let lifetime: Int64

    public init(database: Database, settings: KioskSettings = KioskSettings()) {
        self.database = database
        self.lifetime = settings.sessionLifetimeMilliseconds
    }

    public func start(language: Language, now: Timestamp = .now()) throws -> VisitorSession {
        let session = VisitorSession(id: TimeOrderedUUID.make(milliseconds: now.milliseconds), language: language, startedAt: now)
        try database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE visitor_sessions SET ended_at = ? WHERE ended_at IS NULL",
                                   [.integer(now.milliseconds)])
            try connection.execute("""
                INSERT INTO visitor_sessions (id, language, started_at, last_seen_at) VALUES (?, ?, ?, ?)
                """, [.text(session.id), .text(language.rawValue), .integer(now.milliseconds), .integer(now.milliseconds)])
            try Outbox.append(connection, Events.visitStarted(language), sessionID: session.id, now: now)
        }
        return session
    }

    public func find(_ id: String, now: Timestamp = .now()) throws -> VisitorSession? {
        try database.write { (connection) throws(StorageError) in
            try expireIfIdle(connection, id, now: now)
            return try Self.session(connection, id)
        }
    }

    /// The open session `id` after recording activity; nil when it does not exist or is over.
    /// Expiry and touch share one transaction: one commit (one fsync) per request.
    public func touch(_ id: String, now: Timestamp = .now()) throws -> VisitorSession? {
        try database.write { (connection) throws(StorageError) in
            try expireIfIdle(connection, id, now: now)
            try connection.execute("UPDATE visitor_sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL",
                                   [.integer(now.milliseconds), .text(id)])
            guard connection.changes > 0 else { return nil }
            return try Self.session(connection, id)
        }
    }

    /// The owner the visitor consented as (or resumed), if any.
    public func ownerID(_ id: String) throws -> String? {
        try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT owner_id FROM visitor_sessions WHERE id = ?", [.text(id)]).first?.string(0)
        }
    }

    public func setLanguage(_ id: String, _ language: Language) throws {
        try database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE visitor_sessions SET language = ? WHERE id = ?", [.text(language.rawValue), .text(id)])
        }
    }

    /// Ends the session; false when there was no such open session.
    public func end(_ id: String, now: Timestamp = .now()) throws -> Bool {
        try database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE visitor_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                                   [.integer(now.milliseconds), .text(id)])
            return connection.changes > 0
        }
    }

    private func expireIfIdle(_ connection: Connection, _ id: String, now: Timestamp) throws(StorageError) {
        try connection.execute("""
            UPDATE visitor_sessions SET ended_at = last_seen_at + ?
            WHERE id = ? AND ended_at IS NULL AND last_seen_at + ? < ?
            """, [.integer(lifetime), .text(id), .integer(lifetime), .integer(now.milliseconds)])
    }

    private static func session(_ connection: Connection, _ id: String) throws(StorageError) -> VisitorSession? {
        try connection.query("SELECT id, language, started_at, ended_at FROM visitor_sessions WHERE id = ?",
                             [.text(id)]).first.flatMap(session)
    }

    private static func session(_ row: Row) -> VisitorSession? {
        guard let id = row.string(0), let language = row.string(1).flatMap(Language.init(rawValue:)),
              let started = row.int64(2) else { return nil }
        return VisitorSession(id: id, language: language, startedAt: Timestamp(milliseconds: started),
                              endedAt: row.int64(3).map(Timestamp.init(milliseconds:)))
    }
}

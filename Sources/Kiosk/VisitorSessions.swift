import FoundationEssentials
import Storage

/// Visitor sessions in SQLite. Opening one ends any other still open: the screen has one
/// visitor at a time, and a forgotten session must never leak into the next.
public struct VisitorSessions: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func start(language: Language, now: Date = Date()) throws -> VisitorSession {
        let session = VisitorSession(id: UUID().uuidString.lowercased(), language: language, startedAt: now)
        try database.write { connection in
            try connection.execute("UPDATE visitor_sessions SET ended_at = ? WHERE ended_at IS NULL",
                                   [.real(now.timeIntervalSince1970)])
            try connection.execute("INSERT INTO visitor_sessions (id, language, started_at) VALUES (?, ?, ?)",
                                   [.text(session.id), .text(language.rawValue), .real(now.timeIntervalSince1970)])
        }
        return session
    }

    public func find(_ id: String) throws -> VisitorSession? {
        try database.read { connection in
            try connection.query("SELECT id, language, started_at, ended_at FROM visitor_sessions WHERE id = ?",
                                 [.text(id)]).first.flatMap(Self.session)
        }
    }

    /// Ends the session; false when there was no such open session.
    public func end(_ id: String, now: Date = Date()) throws -> Bool {
        try database.write { connection in
            try connection.execute("UPDATE visitor_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                                   [.real(now.timeIntervalSince1970), .text(id)])
            return connection.changes > 0
        }
    }

    private static func session(_ row: Row) -> VisitorSession? {
        guard let id = row.string(0), let language = row.string(1).flatMap(Language.init(rawValue:)),
              let started = row.double(2) else { return nil }
        return VisitorSession(id: id, language: language, startedAt: Date(timeIntervalSince1970: started),
                              endedAt: row.double(3).map(Date.init(timeIntervalSince1970:)))
    }
}

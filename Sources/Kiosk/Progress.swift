import Onboarding
import ReportOutbox
import Storage
import Time

/// The journey's facts (diagnostic done, training passed, page published, poster printed,
/// advisor requested), per session and, once the visitor consented, per owner across visits.
/// Nothing personal is written here: scores, ids and times only.
public struct Progress: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public enum Kind: String, Sendable { case diagnostic, training, page, poster, advisor }

    /// Records a fact and, in the same transaction, the event that reports it to the hub.
    func record(_ kind: Kind, sessionID: String, subject: String? = nil, score: Int? = nil,
                passed: Bool? = nil, detail: String? = nil, event: OutboxEvent?, now: Timestamp = .now()) throws {
        try database.write { (connection) throws(StorageError) in
            try Self.insert(connection, kind, sessionID: sessionID, subject: subject, score: score, passed: passed,
                            detail: detail, now: now)
            if let event { try Outbox.append(connection, event, sessionID: sessionID, now: now) }
        }
    }

    /// The same fact written inside a caller's transaction, so it commits with the change it
    /// reports (a page published and its progress fact, or neither).
    static func insert(_ connection: Connection, _ kind: Kind, sessionID: String, subject: String? = nil, score: Int? = nil,
                       passed: Bool? = nil, detail: String? = nil, now: Timestamp) throws(StorageError) {
        try connection.execute("""
            INSERT INTO progress (session_id, owner_id, kind, subject, score, passed, detail, at)
            VALUES (?, (SELECT owner_id FROM visitor_sessions WHERE id = ?), ?, ?, ?, ?, ?, ?)
            """, [.text(sessionID), .text(sessionID), .text(kind.rawValue), subject.map(SQLValue.text) ?? .null,
                  score.map { .integer(Int64($0)) } ?? .null, passed.map { .integer($0 ? 1 : 0) } ?? .null,
                  detail.map(SQLValue.text) ?? .null, .integer(now.milliseconds)])
    }

    /// Facts of this session and of its owner's earlier visits, for the passport.
    public func facts(sessionID: String) throws -> [PassportFact] {
        try database.read { (connection) throws(StorageError) in
            try connection.query("""
                SELECT kind, subject, score, passed, at FROM progress
                WHERE (session_id = ?1
                       OR owner_id = (SELECT owner_id FROM visitor_sessions WHERE id = ?1 AND owner_id IS NOT NULL))
                  AND NOT (kind = 'training' AND passed IS NOT 1)   -- only passed trainings are facts
                  AND NOT (kind = 'diagnostic' AND score IS NULL)   -- nor a diagnostic with nothing answered
                ORDER BY at
                """, [.text(sessionID)], as: "passport facts", Self.fact)
        }
    }

    /// The answers (as recorded JSON) of the latest diagnostic of this session or its owner.
    public func latestDiagnostic(sessionID: String) throws -> String? {
        try database.read { (connection) throws(StorageError) in
            try connection.query("""
                SELECT detail FROM progress
                WHERE kind = 'diagnostic' AND (session_id = ?1
                   OR owner_id = (SELECT owner_id FROM visitor_sessions WHERE id = ?1 AND owner_id IS NOT NULL))
                ORDER BY at DESC, id DESC LIMIT 1
                """, [.text(sessionID)]).first?.string(0)
        }
    }

    private static func fact(_ row: Row) -> PassportFact? {
        guard let kind = row.string(0).flatMap(Kind.init(rawValue:)), let milliseconds = row.int64(4) else { return nil }
        let at = Timestamp(milliseconds: milliseconds)
        switch kind {
        case .diagnostic: return row.int(2).map { .diagnosticCompleted(overall: $0, at: at) }
        case .training: return row.string(1).map { .trainingPassed(training: $0, at: at) }
        case .page: return .pagePublished(at: at)
        case .poster: return .posterPrinted(at: at)
        case .advisor: return .advisorRequested(at: at)
        }
    }
}

import HubPages
import JSON
import Onboarding
import Storage
import Time

/// An owner's passport as the hub knows it: the facts of their events (and of their visits'
/// events from before they consented, such as the diagnostic), found by the token the kiosk sent
/// with the hub's consent. No token once consent is narrowed or withdrawn: no passport.
struct Passports: Sendable {
    let database: Database
    let content: Content
    /// Most visits of one owner gathered (far beyond any real owner).
    static let maximumSessions = 200

    /// What the passport page shows: the steps, the shop's public page path, its printed posters.
    struct Found {
        let passport: Passport
        let pagePath: String?
        let posters: [PrintedPoster]
    }

    /// The owner's passport, nil when no owner has this token; posters' scans counted over the
    /// month holding `today` (Paris).
    func passport(token: String, today: CivilDate) throws -> Found? {
        guard Self.isToken(token) else { return nil }
        return try database.read { (connection) throws(StorageError) -> Found? in
            guard let row = try connection.query("SELECT id, kiosk_id FROM owners WHERE passport_token = ? AND hub = 1", [.text(token)]).first,
                  let owner = row.string(0), let kiosk = row.string(1) else {
                return nil
            }
            let facts = try Self.facts(connection, owner: owner)
            let slug = try connection.query("SELECT slug FROM pages WHERE owner = ? ORDER BY published_at, slug LIMIT 1", [.text(owner)]).first?.string(0)
            return Found(passport: content.passport(from: facts), pagePath: slug.map { "/s/" + $0 },
                         posters: try Self.posters(connection, owner: owner, kiosk: kiosk, since: today.adding(days: 1 - today.day)))
        }
    }

    /// The posters printed at the kiosk for this owner, oldest first, with their scans since `since`.
    private static func posters(_ connection: Connection, owner: String, kiosk: String, since: CivilDate) throws(StorageError) -> [PrintedPoster] {
        try connection.query("""
            SELECT c.format, c.printed_day, (SELECT coalesce(sum(s.scans), 0) FROM code_scans s WHERE s.code = c.code AND s.day >= ?3)
            FROM poster_codes c WHERE c.kiosk_id = ?1 AND c.owner = ?2 AND c.reported = 1 ORDER BY c.printed_day, c.code
            """, [.text(kiosk), .text(owner), .integer(since.dayNumber)], as: "printed posters") { row in
            guard let format = row.string(0), let day = row.int64(1) else { return nil }
            return PrintedPoster(format: format, printed: CivilDate(dayNumber: day), scansThisMonth: row.int(2) ?? 0)
        }
    }

    private static func facts(_ connection: Connection, owner: String) throws(StorageError) -> [PassportFact] {
        let sessions = try connection.query("SELECT DISTINCT session FROM events WHERE owner = ? AND session IS NOT NULL LIMIT ?",
                                            [.text(owner), .integer(Int64(maximumSessions))], as: "passport sessions") { $0.value(0) }
        let rows = try connection.query(factsSQL(sessions: sessions.count), [.text(owner)] + sessions,
                                        as: "passport events") { row -> (type: String, at: Timestamp, data: String)? in
            guard let type = row.string(0), let milliseconds = row.int64(1) else { return nil }
            return (type, Timestamp(milliseconds: milliseconds), row.string(2) ?? "{}")
        }
        // Not every event is a passport fact: the others are left out by design.
        return rows.compactMap { fact($0.type, at: $0.at, data: $0.data) }
    }

    /// The owner's events, and those of their sessions (what they did before consenting) but the
    /// visits' own `visit.started`, which is no fact and which `events_session` leaves out.
    static func factsSQL(sessions: Int) -> String {
        let placeholders = Array(repeating: "?", count: sessions).joined(separator: ", ")
        return "SELECT type, at, data FROM events WHERE owner = ?"
            + (sessions == 0 ? "" : " OR (session IN (\(placeholders)) AND type <> 'visit.started')")
    }

    private static func fact(_ type: String, at: Timestamp, data: String) -> PassportFact? {
        switch type {
        case "diagnostic.completed":
            guard case .number(let overall)? = field("overall", data), let score = Int(overall.text) else { return nil }
            return .diagnosticCompleted(overall: score, at: at)
        case "training.passed":
            guard case .string(let training)? = field("training", data) else { return nil }
            return .trainingPassed(training: training, at: at)
        case "page.published": return .pagePublished(at: at)
        case "poster.printed": return .posterPrinted(at: at)
        case "advisor.requested": return .advisorRequested(at: at)
        default: return nil
        }
    }

    private static func field(_ key: String, _ data: String) -> JSONValue? {
        guard case .object(let fields)? = try? JSON.parse(Array(data.utf8)) else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// Tokens are the kiosk's random text: letters, digits, '-' and '_', at most 128.
    static func isToken(_ text: String) -> Bool {
        (1...128).contains(text.utf8.count) && text.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
        }
    }
}

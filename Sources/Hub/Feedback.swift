import HTTPServer
import Logging
import ReportProtocol
import Storage
import Time

/// `GET /api/v1/kiosks/<kiosk>/feedback`, signed by the kiosk like its reports (Standard
/// Webhooks over the empty body, same secret, same replay window): the kiosk's poster-code
/// prefix, the scans of the codes it printed per Paris day over the last 13 months, and its
/// shops whose slug the hub refused, each with the slug its page is published under meanwhile.
struct Feedback: Sendable {
    let database: Database
    let kiosks: Kiosks
    let logger: Logger
    /// Days of scans sent: 13 months, so a month and the same month a year before are both there.
    static let windowDays = 400

    func answer(kiosk: String, webhookID: String?, timestamp: String?, signature: String?,
                now: Timestamp = .now()) throws(HTTPError) -> KioskFeedback {
        let request = try SignedRequest.verify(kiosks, kiosk: kiosk, webhookID: webhookID, timestamp: timestamp, signature: signature,
                                               body: [], now: now, what: "Feedback request", logger: logger)
        let since = now.civil(in: .paris).date.adding(days: 1 - Self.windowDays)
        let feedback = try StorageFailure.answered(logger) { () throws(StorageError) -> KioskFeedback? in
            try database.write { (connection) throws(StorageError) -> KioskFeedback? in
                guard try request.record(connection, now: now) else { return nil }
                let prefix = try connection.query("SELECT prefix FROM kiosks WHERE id = ?", [.text(kiosk)]).first?.string(0) ?? ""
                return KioskFeedback(prefix: prefix, at: now.rfc3339, scans: try Self.scans(connection, kiosk: kiosk, since: since),
                                     slugConflicts: try Self.conflicts(connection, kiosk: kiosk))
            }
        }
        guard let feedback else { throw SignedRequest.replayed }
        return feedback
    }

    /// Per code the kiosk printed, its days with scans since `since`, oldest first.
    static func scans(_ connection: Connection, kiosk: String, since: CivilDate) throws(StorageError) -> [CodeScans] {
        let rows = try connection.query("""
            SELECT c.code, s.day, s.scans FROM poster_codes c JOIN code_scans s ON s.code = c.code
            WHERE c.kiosk_id = ? AND c.reported = 1 AND s.day >= ? ORDER BY c.code, s.day
            """, [.text(kiosk), .integer(since.dayNumber)], as: "code scans") { row -> (code: String, count: DayCount)? in
            guard let code = row.string(0), let day = row.int64(1), let scans = row.int(2) else { return nil }
            return (code, DayCount(day: CivilDate(dayNumber: day).iso, count: scans))
        }
        var result: [CodeScans] = []
        for row in rows {
            if result.last?.code == row.code { result[result.count - 1].days.append(row.count) } else { result.append(CodeScans(code: row.code, days: [row.count])) }
        }
        return result
    }

    /// The kiosk's shops whose slug is held by another kiosk, with the slug suggested instead
    /// (for a conflict noted before suggestions existed: the first free `slug-N`).
    static func conflicts(_ connection: Connection, kiosk: String) throws(StorageError) -> [SlugConflict] {
        let rows = try connection.query("""
            SELECT owner, slug, suggestion FROM slug_conflicts WHERE kiosk_id = ? AND owner IS NOT NULL ORDER BY at, slug
            """, [.text(kiosk)], as: "slug conflicts") { row -> (shop: String, slug: String, suggestion: String?)? in
            guard let shop = row.string(0), let slug = row.string(1) else { return nil }
            return (shop, slug, row.string(2))
        }
        var conflicts: [SlugConflict] = []
        for row in rows {
            let suggestion: String
            if let given = row.suggestion { suggestion = given } else { suggestion = try SlugConflicts.free(connection, after: row.slug) }
            conflicts.append(SlugConflict(shop: row.shop, slug: row.slug, suggestion: suggestion))
        }
        return conflicts
    }
}

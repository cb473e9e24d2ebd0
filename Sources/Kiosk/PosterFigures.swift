import Storage
import Time

/// The passport's line per printed poster ("Votre affiche A4 du 3 décembre : 37 scans ce
/// mois-ci"): the hub's figures once it has answered (with when it did, shown as "updated on
/// …" since the kiosk may be offline since), else the scans this kiosk served itself.
struct PosterFigures: Encodable, Sendable {
    /// One printed poster (or receipt ticket) of the owner's shop.
    struct Poster: Encodable, Sendable {
        let format: String
        let code: String
        let printedAt: Timestamp
        /// Scans since the first of this month (Europe/Paris).
        let scansThisMonth: Int
    }

    let posters: [Poster]
    /// `hub` or `kiosk`: whose counts these are.
    let source: String
    /// When the hub answered (RFC 3339); nil for the kiosk's own counts.
    let updatedAt: String?

    /// The figures of the shop `shopID`'s printed codes, counted from the first of `now`'s month.
    static func read(shopID: String, _ database: Database, now: Timestamp = .now()) throws(StorageError) -> PosterFigures {
        let today = now.civil(in: .paris).date
        let monthStart = today.adding(days: 1 - today.day).iso
        return try database.read { (connection) throws(StorageError) in
            let answered = try connection.query("SELECT at FROM hub_feedback").first?.string(0)
            let table = answered == nil ? "code_scans" : "hub_scans"
            let rows = try connection.query("""
                SELECT c.format, c.code, c.printed_at, COALESCE(SUM(s.count), 0) FROM poster_codes c
                LEFT JOIN \(table) s ON s.code = c.code AND s.day >= ?
                WHERE c.shop_id = ? AND c.printed_at IS NOT NULL GROUP BY c.code ORDER BY c.printed_at, c.code
                """, [.text(monthStart), .text(shopID)])
            let posters = rows.compactMap { row -> Poster? in
                guard let format = row.string(0), let code = row.string(1), let printed = row.int64(2) else { return nil }
                return Poster(format: format, code: code, printedAt: Timestamp(milliseconds: printed), scansThisMonth: Int(row.int64(3) ?? 0))
            }
            return PosterFigures(posters: posters, source: answered == nil ? "kiosk" : "hub", updatedAt: answered)
        }
    }
}

import PublicPages
import ReportProtocol
import Storage
import Time

/// The poster codes the hub resolves and counts (`/q/<code>`): a kiosk's code leads to its
/// shop's current page at the hub whatever its slug (found by the shop, not by the slug
/// printed), a directory code to the kiosk's directory. The hub makes codes of its own (prefix
/// `01`) for the posters printed from its site when the kiosk printed none for that shop and
/// format. A scan adds one to its code's day, week and format totals; nothing about the scan
/// itself is kept.
struct PosterCodes: Sendable {
    let database: Database

    /// Where `code` leads: its shop's page, or its kiosk's directory; for a shop gone from the
    /// hub, that kiosk's directory instead (410); for a code never seen, the directory of the
    /// kiosk whose prefix it bears, if any (404).
    func target(of code: PosterCode) throws(StorageError) -> CodeTarget {
        try database.read { (connection) throws(StorageError) -> CodeTarget in
            guard let row = try connection.query("SELECT kiosk_id, owner, slug FROM poster_codes WHERE code = ?", [.text(code.text)]).first,
                  let kiosk = row.string(0) else {
                let prefixed = try connection.query("SELECT id FROM kiosks WHERE prefix = ?", [.text(String(code.prefix))]).first?.string(0)
                return .unknown(directory: prefixed)
            }
            guard let printed = row.string(2) else { return .directory(kiosk: kiosk) }
            let slug = try Self.currentSlug(connection, kiosk: kiosk, owner: row.string(1), printed: printed)
            return slug.map { .shop(slug: $0) } ?? .withdrawn(directory: kiosk)
        }
    }

    /// The shop's page now: the owner's most recently updated page from that kiosk; for a code
    /// without owner, the slug printed (or the one suggested for it) while that kiosk holds it.
    private static func currentSlug(_ connection: Connection, kiosk: String, owner: String?, printed: String) throws(StorageError) -> String? {
        if let owner {
            return try connection.query("SELECT slug FROM pages WHERE owner = ? AND kiosk_id = ? ORDER BY updated_at DESC, slug LIMIT 1",
                                        [.text(owner), .text(kiosk)]).first?.string(0)
        }
        return try connection.query("""
            SELECT slug FROM pages WHERE kiosk_id = ?2 AND slug IN (?1, (SELECT suggestion FROM slug_conflicts WHERE slug = ?1 AND kiosk_id = ?2))
            ORDER BY slug = ?1 DESC LIMIT 1
            """, [.text(printed), .text(kiosk)]).first?.string(0)
    }

    /// Counts one scan of `code` on `day` (Paris); false for a code the hub never saw (not counted).
    func countScan(_ code: PosterCode, day: CivilDate) throws(StorageError) -> Bool {
        try database.write { (connection) throws(StorageError) -> Bool in
            guard let row = try connection.query("SELECT kiosk_id, format FROM poster_codes WHERE code = ?", [.text(code.text)]).first,
                  let kiosk = row.string(0), let format = row.string(1) else { return false }
            try connection.execute("""
                INSERT INTO code_scans (code, day, scans) VALUES (?, ?, 1) ON CONFLICT (code, day) DO UPDATE SET scans = scans + 1
                """, [.text(code.text), .integer(day.dayNumber)])
            try connection.execute("""
                INSERT INTO scan_weeks (kiosk_id, monday, format, scans) VALUES (?, ?, ?, 1)
                ON CONFLICT (kiosk_id, monday, format) DO UPDATE SET scans = scans + 1
                """, [.text(kiosk), .integer(day.adding(days: 1 - day.weekday).dayNumber), .text(format)])
            try connection.execute("""
                INSERT INTO poster_totals (kiosk_id, format, posters, scans) VALUES (?, ?, 0, 1)
                ON CONFLICT (kiosk_id, format) DO UPDATE SET scans = scans + 1
                """, [.text(kiosk), .text(format)])
            return true
        }
    }

    /// The code for the hub's poster of the shop at `slug` in `format`: the one its kiosk printed,
    /// else one the hub makes (once); nil when no page is at `slug`.
    func shopCode(slug: String, format: String, today: CivilDate) throws(StorageError) -> PosterCode? {
        try database.write { (connection) throws(StorageError) -> PosterCode? in
            guard let page = try connection.query("SELECT kiosk_id, owner FROM pages WHERE slug = ?", [.text(slug)]).first,
                  let kiosk = page.string(0) else { return nil }
            let owner = page.string(1)
            let known = owner == nil
                ? "SELECT code FROM poster_codes WHERE slug = ?3 AND format = ?4 AND kiosk_id = ?1 ORDER BY reported DESC, printed_day, code LIMIT 1"
                : "SELECT code FROM poster_codes WHERE kiosk_id = ?1 AND owner = ?2 AND format = ?4 ORDER BY reported DESC, printed_day, code LIMIT 1"
            let key: [SQLValue] = [.text(kiosk), owner.map(SQLValue.text) ?? .null, .text(slug), .text(format)]
            if let code = try connection.query(known, key).first?.string(0).flatMap(PosterCode.init) { return code }
            return try Self.make(connection, kiosk: kiosk, owner: owner, slug: slug, format: format, today: today)
        }
    }

    /// The format directory posters' codes are counted under (the dashboard's per-format table).
    static let directoryFormat = "annuaire"

    /// The code for the hub's poster of kiosk `kiosk`'s directory (made once); nil for an unknown kiosk.
    func directoryCode(kiosk: String, today: CivilDate) throws(StorageError) -> PosterCode? {
        let format = Self.directoryFormat
        return try database.write { (connection) throws(StorageError) -> PosterCode? in
            guard !(try connection.query("SELECT 1 FROM kiosks WHERE id = ?", [.text(kiosk)]).isEmpty) else { return nil }
            if let code = try connection.query("""
                SELECT code FROM poster_codes WHERE kiosk_id = ? AND owner IS NULL AND format = ? AND slug IS NULL ORDER BY code LIMIT 1
                """, [.text(kiosk), .text(format)]).first?.string(0).flatMap(PosterCode.init) { return code }
            return try Self.make(connection, kiosk: kiosk, owner: nil, slug: nil, format: format, today: today)
        }
    }

    /// A new hub code (prefix `01`, the hub's own counter) for a shop, or a directory (`slug` nil).
    private static func make(_ connection: Connection, kiosk: String, owner: String?, slug: String?, format: String,
                             today: CivilDate) throws(StorageError) -> PosterCode? {
        guard let serial = try connection.query("UPDATE hub_code_serial SET next = next + 1 WHERE id = 1 RETURNING next - 1").first?.int(0),
              let code = PosterCode(prefix: PosterCode.hubPrefix, serial: serial) else { return nil }
        try connection.execute("""
            INSERT INTO poster_codes (code, kiosk_id, owner, slug, format, printed_day, reported) VALUES (?, ?, ?, ?, ?, ?, 0)
            """, [.text(code.text), .text(kiosk), owner.map(SQLValue.text) ?? .null, slug.map(SQLValue.text) ?? .null, .text(format),
                  .integer(today.dayNumber)])
        return code
    }
}

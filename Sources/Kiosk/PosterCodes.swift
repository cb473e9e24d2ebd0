import PublicPages
import ReportProtocol
import Storage
import Time

/// The kiosk's poster codes: made on first use from its prefix and its counter, one per shop and
/// format (and one for the directory's poster), the same at every reprint; resolved to the
/// shop's page whatever its slug; and their scans, counted per day with nothing about who.
struct PosterCodes: Sendable {
    let database: Database
    let prefix: CodePrefix
    let kioskID: String

    /// The `format` of the directory poster's code.
    static let directoryFormat = "directory"

    /// The code of the published shop at `slug` in `format`, made now if it has none; nil when
    /// the kiosk has no prefix yet or no such shop is published.
    func code(slug: String, format: String, now: Timestamp = .now()) throws(StorageError) -> PosterCode? {
        try database.write { (connection) throws(StorageError) in
            guard let shop = try connection.query("SELECT id FROM shops WHERE slug = ? AND page IS NOT NULL", [.text(slug)]).first?.string(0) else {
                return nil
            }
            return try Self.code(connection, shopID: shop, format: format, prefix: prefix, now: now)
        }
    }

    /// The code of the kiosk's directory poster, made now if it has none; nil without a prefix.
    func directoryCode(now: Timestamp = .now()) throws(StorageError) -> PosterCode? {
        try database.write { (connection) throws(StorageError) in
            try Self.code(connection, shopID: "", format: Self.directoryFormat, prefix: prefix, now: now)
        }
    }

    /// Where `code` leads: the shop's page at its current slug, the directory, or nowhere.
    func target(of code: PosterCode) throws(StorageError) -> CodeTarget {
        let row = try database.read { (connection) throws(StorageError) in
            try connection.query("""
                SELECT c.format, s.slug, s.page IS NOT NULL FROM poster_codes c LEFT JOIN shops s ON s.id = c.shop_id
                WHERE c.code = ?
                """, [.text(code.text)]).first
        }
        guard let row else { return .unknown(directory: kioskID) }
        if row.string(0) == Self.directoryFormat { return .directory(kiosk: kioskID) }
        guard let slug = row.string(1), row.int64(2) == 1 else { return .withdrawn(directory: kioskID) }
        return .shop(slug: slug)
    }

    /// One more scan of `code` on `day`.
    func countScan(of code: PosterCode, on day: CivilDate) throws(StorageError) {
        try database.write { (connection) throws(StorageError) in
            try connection.execute("""
                INSERT INTO code_scans (code, day, count) VALUES (?, ?, 1)
                ON CONFLICT (code, day) DO UPDATE SET count = count + 1
                """, [.text(code.text), .text(day.iso)])
        }
    }

    /// Notes that `code` went to a printer (the passport names the poster by that day).
    func markPrinted(_ code: PosterCode, now: Timestamp = .now()) throws(StorageError) {
        try database.write { (connection) throws(StorageError) in
            try connection.execute("UPDATE poster_codes SET printed_at = ? WHERE code = ? AND printed_at IS NULL",
                                   [.integer(now.milliseconds), .text(code.text)])
        }
    }

    private static func code(_ connection: Connection, shopID: String, format: String, prefix: CodePrefix,
                             now: Timestamp) throws(StorageError) -> PosterCode? {
        guard let prefix = try prefix.current(connection) else { return nil }
        if let kept = try connection.query("SELECT code FROM poster_codes WHERE shop_id = ? AND format = ? AND prefix = ?",
                                           [.text(shopID), .text(format), .text(prefix)]).first?.string(0) {
            return PosterCode(kept)
        }
        let serial = try connection.query("SELECT COALESCE(MAX(serial) + 1, 0) FROM poster_codes").first?.int64(0) ?? 0
        guard let code = PosterCode(prefix: prefix, serial: Int(serial)) else { return nil }
        try connection.execute("""
            INSERT INTO poster_codes (code, serial, shop_id, format, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, [.text(code.text), .integer(serial), .text(shopID), .text(format), .text(prefix), .integer(now.milliseconds)])
        return code
    }
}

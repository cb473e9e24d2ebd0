import JSON
import Onboarding
import PublicPages
import ReportProtocol
import Storage
import Time

/// The hub's published pages, from every kiosk, and their posters' codes, as the public site reads them.
struct HubShopSource: ShopSource {
    let database: Database
    var codes: PosterCodes { PosterCodes(database: database) }

    func publishedShop(slug: String) throws -> ShopProfile? {
        try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT profile FROM pages WHERE slug = ?", [.text(slug)]).first?.string(0)
        }.map { try JSON.decode(ShopProfile.self, from: Array($0.utf8)) }
    }

    /// Each kiosk's directory, named after the kiosk (`/d/<kiosk>`).
    func directory(kiosk: String) throws -> (label: String, shops: [(slug: String, profile: ShopProfile)])? {
        try database.read { (connection) throws(StorageError) in
            guard !(try connection.query("SELECT 1 FROM kiosks WHERE id = ?", [.text(kiosk)]).isEmpty) else { return nil }
            let rows = try connection.query("SELECT slug, profile FROM pages WHERE kiosk_id = ? ORDER BY published_at, slug", [.text(kiosk)])
            var shops: [(slug: String, profile: ShopProfile)] = []
            for (index, row) in rows.enumerated() {
                guard let slug = row.string(0), let text = row.string(1),
                      let profile = try? JSON.decode(ShopProfile.self, from: Array(text.utf8)) else {
                    let error = UnreadableRows.noted(path: connection.databasePath, what: "published pages", row: index)
                    AdminStorage.logger.error("directory of \(kiosk): shop left out: \(error)")
                    continue
                }
                shops.append((slug, profile))
            }
            return (kiosk, shops)
        }
    }

    // Poster codes: resolved and counted by `PosterCodes`; the hub's posters print the kiosk's
    // code for that shop and format when it printed one, else one the hub makes (prefix `01`).

    func target(of code: PosterCode) throws -> CodeTarget { try codes.target(of: code) }

    func countScan(of code: PosterCode, on day: CivilDate) throws { _ = try codes.countScan(code, day: day) }

    func posterCode(slug: String, format: String) throws -> PosterCode? {
        try codes.shopCode(slug: slug, format: format, today: Timestamp.now().civil(in: .paris).date)
    }

    func directoryCode(kiosk: String) throws -> PosterCode? {
        try codes.directoryCode(kiosk: kiosk, today: Timestamp.now().civil(in: .paris).date)
    }
}

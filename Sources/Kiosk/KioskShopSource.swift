import JSON
import Logging
import Onboarding
import PublicPages
import ReportProtocol
import Storage
import Time

/// The kiosk's shops as the public site reads them: this kiosk's database, one directory (its
/// own `kiosk_id`), the demo shop included, and its own poster codes.
struct KioskShopSource: ShopSource {
    let shops: Shops
    let codes: PosterCodes
    let kioskID: String
    let kioskLabel: String
    let logger: Logger

    func publishedShop(slug: String) throws -> ShopProfile? {
        try shops.published(slug: slug)?.page.map { try JSON.decode(ShopProfile.self, from: Array($0.utf8)) }
    }

    func directory(kiosk: String) throws -> (label: String, shops: [(slug: String, profile: ShopProfile)])? {
        guard kiosk == kioskID else { return nil }
        let records = try shops.allPublished { logger.error("directory: shop left out: \($0)") }
        var listed: [(slug: String, profile: ShopProfile)] = []
        for (index, record) in records.enumerated() {
            guard let slug = record.slug, let page = record.page,
                  let profile = try? JSON.decode(ShopProfile.self, from: Array(page.utf8)) else {
                let error = UnreadableRows.noted(path: shops.database.path, what: "published pages", row: index)
                logger.error("directory: shop left out: \(error)")
                continue
            }
            listed.append((slug, profile))
        }
        return (kioskLabel, listed)
    }

    func target(of code: PosterCode) throws -> CodeTarget { try codes.target(of: code) }

    func countScan(of code: PosterCode, on day: CivilDate) throws { try codes.countScan(of: code, on: day) }

    func posterCode(slug: String, format: String) throws -> PosterCode? { try codes.code(slug: slug, format: format) }

    func directoryCode(kiosk: String) throws -> PosterCode? {
        kiosk == kioskID ? try codes.directoryCode() : nil
    }
}

import JSON
import Logging
import Onboarding
import PublicPages
import Storage

/// The kiosk's shops as the public site reads them: this kiosk's database, one directory (its
/// own `kiosk_id`), the demo shop included.
struct KioskShopSource: ShopSource {
    let shops: Shops
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
}

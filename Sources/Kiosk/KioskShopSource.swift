import JSON
import Onboarding
import PublicPages

/// The kiosk's shops as the public site reads them: this kiosk's database, one directory (its
/// own `kiosk_id`), the demo shop included.
struct KioskShopSource: ShopSource {
    let shops: Shops
    let kioskID: String
    let kioskLabel: String

    func publishedShop(slug: String) throws -> ShopProfile? {
        try shops.published(slug: slug)?.page.map { try JSON.decode(ShopProfile.self, from: Array($0.utf8)) }
    }

    func directory(kiosk: String) throws -> (label: String, shops: [(slug: String, profile: ShopProfile)])? {
        guard kiosk == kioskID else { return nil }
        let listed = try shops.allPublished().compactMap { record -> (slug: String, profile: ShopProfile)? in
            guard let slug = record.slug, let page = record.page,
                  let profile = try? JSON.decode(ShopProfile.self, from: Array(page.utf8)) else { return nil }
            return (slug, profile)
        }
        return (kioskLabel, listed)
    }
}

import HTTPServer
import Onboarding
import Pages

/// `/d/<kiosk>`: every shop published from one kiosk, the street's "coopérative numérique".
enum Directory {
    /// A kiosk's directory as read from the source, with its public address.
    struct Listing {
        let label: String
        let url: String
        let shops: [(slug: String, profile: ShopProfile)]
    }

    static func load(_ request: Request, _ site: PublicSite) throws(HTTPError) -> Listing {
        try load(kiosk: request.parameters["kiosk"] ?? "", site)
    }

    static func load(kiosk: String, _ site: PublicSite) throws(HTTPError) -> Listing {
        guard Slug.isValid(Substring(kiosk)), let found = try site.storage({ try site.source.directory(kiosk: kiosk) }) else {
            throw .notFound("No directory at /d/\(kiosk).")
        }
        return Listing(label: found.label, url: site.settings.publicBaseURL + "/d/" + kiosk, shops: found.shops)
    }

    static func page(_ request: Request, _ site: PublicSite) throws(HTTPError) -> Reply {
        try site.cache.reply(request.path, request) { () throws(HTTPError) in
            let listing = try load(request, site)
            let entries = listing.shops.map { slug, profile in
                let trade = site.content.trades.first { $0.id == profile.trade }?.label
                let detail = [trade, profile.address?.city].compactMap { $0 }.joined(separator: " · ")
                return DirectoryPage.Entry(name: profile.name, detail: detail.isEmpty ? nil : detail, path: "/s/" + slug)
            }
            let page = DirectoryPage.render(kioskLabel: listing.label, entries: entries, posterPath: request.path + "/poster",
                                            texts: site.content.pageTexts, language: site.content.language)
            var response = PublicSite.html(page)
            response.headers.append(("Cache-Control", "public, max-age=60"))
            return PageCache.Built(response: response)
        }
    }
}

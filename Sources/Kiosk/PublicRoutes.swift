import HTTPServer
import Onboarding
import Pages
import Time

/// What customers' phones open: a shop's page and its siblings (`/s/<slug>`, `.vcf`, QR codes,
/// posters) and the kiosk's directory (`/d/<kiosk>`). No session, nothing personal beyond what
/// the owner chose to publish; served from `PageCache`.
enum PublicRoutes {
    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.get, "/s/{slug}") { request throws(HTTPError) in
            let slug = request.parameters["slug"] ?? ""
            if slug.hasSuffix(".vcf") { return try vcard(String(slug.dropLast(4)), request, services) }
            return try services.pages.reply(request.path, request) { () throws(HTTPError) in
                let shop = try PublishedShop.load(slug, services)
                let page = ShopPage.render(shop.profile, trade: shop.trade, links: shop.links, content: shop.content,
                                           now: Timestamp.now().civil(in: .paris))
                var response = html(page)
                response.headers.append(("Cache-Control", "public, max-age=60"))
                return PageCache.Built(response: response, lifetimeMilliseconds: Self.lifetime(minutes: page.minutesValid))
            }
        }
        router.add(.get, "/s/{slug}/qr.svg") { request throws(HTTPError) in try ShopQR.reply(request, .svg, services) }
        router.add(.get, "/s/{slug}/qr.png") { request throws(HTTPError) in try ShopQR.reply(request, .png, services) }
        router.add(.get, "/s/{slug}/poster") { request throws(HTTPError) in try Posters.shop(request, services) }
        router.add(.get, "/d/{kiosk}") { request throws(HTTPError) in try Directory.page(request, services) }
        router.add(.get, "/d/{kiosk}/poster") { request throws(HTTPError) in try Posters.directory(request, services) }
        router.add(.get, "/d/{kiosk}/qr.svg") { request throws(HTTPError) in try ShopQR.directory(request, .svg, services) }
        router.add(.get, "/d/{kiosk}/qr.png") { request throws(HTTPError) in try ShopQR.directory(request, .png, services) }
    }

    /// A rendered page as an HTML response with its own Content-Security-Policy.
    static func html(_ page: RenderedPage) -> Response {
        var headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", page.contentSecurityPolicy)]
        if page.contentSecurityPolicy.hasSuffix("frame-ancestors 'self'") { headers.append(("X-Frame-Options", "SAMEORIGIN")) }
        return Response(status: 200, headers: headers, body: Array(page.html.utf8))
    }

    /// Until the start of the minute the page's "open now" line changes.
    static func lifetime(minutes: Int) -> Int64 {
        let now = Timestamp.now().milliseconds
        return Int64(min(minutes, 10_000)) * 60_000 - now % 60_000
    }

    private static func vcard(_ slug: String, _ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        try services.pages.reply(request.path, request) { () throws(HTTPError) in
            let shop = try PublishedShop.load(slug, services)
            let card = VCard.render(shop.profile, trade: shop.trade, links: shop.links)
            return PageCache.Built(response: Response(status: 200, headers: [
                ("Content-Type", "text/vcard; charset=utf-8"), ("Cache-Control", "public, max-age=60"),
                ("Content-Disposition", "attachment; filename=\"\(slug).vcf\""),
            ], body: Array(card.utf8)))
        }
    }
}

/// A published shop read for rendering: the profile, its trade, its links, and the content
/// (French: the language of the shop's customers) whose words the page uses.
struct PublishedShop {
    let slug: String
    let profile: ShopProfile
    let trade: Trade?
    let links: ShopLinks
    let content: Content

    static func load(_ slug: String, _ services: KioskServices) throws(HTTPError) -> PublishedShop {
        guard Slug.isValid(Substring(slug)),
              let record = try services.storage({ try services.shops.published(slug: slug) }), let page = record.page else {
            throw .notFound("No published page at /s/\(slug).")
        }
        guard let profile = try? JSONBody.decodeStored(ShopProfile.self, page) else { throw KioskRoutes.internalError }
        let content = services.content.french
        return PublishedShop(slug: slug, profile: profile, trade: content.trades.first { $0.id == profile.trade },
                             links: .published(slug: slug, publicBaseURL: services.settings.publicBaseURL), content: content)
    }
}

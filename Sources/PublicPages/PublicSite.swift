import HTTPServer
import Logging
import Onboarding
import Pages
import QRCode
import ReportProtocol
import Time

/// What customers' phones open: a shop's page and its siblings (`/s/<slug>`, `.vcf`, QR codes,
/// posters), a kiosk's directory (`/d/<kiosk>`) and the posters' short codes (`/q/<CODE>`). No session, nothing personal beyond what the
/// owner chose to publish; served from `PageCache`. The kiosk serves it for preview, the hub
/// for the public, each with its own `ShopSource`.
public struct PublicSite: Sendable {
    let source: any ShopSource
    let settings: PublicSiteSettings
    /// French: the language of the shops' customers.
    let content: Content
    public let cache: PageCache
    let logger: Logger

    public init(source: any ShopSource, settings: PublicSiteSettings, content: Content, cache: PageCache, logger: Logger) {
        self.source = source
        self.settings = settings
        self.content = content
        self.cache = cache
        self.logger = logger
    }

    public func add(to router: inout Router) {
        let site = self
        router.add(.get, "/s/{slug}") { request throws(HTTPError) in
            let slug = request.parameters["slug"] ?? ""
            if slug.hasSuffix(".vcf") { return try site.vcard(String(slug.dropLast(4)), request) }
            return try site.page(slug, request)
        }
        router.add(.get, "/s/{slug}/qr.svg") { request throws(HTTPError) in try ShopQR.reply(request, .svg, site) }
        router.add(.get, "/s/{slug}/qr.png") { request throws(HTTPError) in try ShopQR.reply(request, .png, site) }
        router.add(.get, "/s/{slug}/poster") { request throws(HTTPError) in try Posters.shop(request, .html, site) }
        router.add(.get, "/s/{slug}/poster.pdf") { request throws(HTTPError) in try Posters.shop(request, .pdf, site) }
        router.add(.get, "/d/{kiosk}") { request throws(HTTPError) in try Directory.page(request, site) }
        router.add(.get, "/d/{kiosk}/poster") { request throws(HTTPError) in try Posters.directory(request, .html, site) }
        router.add(.get, "/d/{kiosk}/poster.pdf") { request throws(HTTPError) in try Posters.directory(request, .pdf, site) }
        router.add(.get, "/d/{kiosk}/qr.svg") { request throws(HTTPError) in try ShopQR.directory(request, .svg, site) }
        router.add(.get, "/d/{kiosk}/qr.png") { request throws(HTTPError) in try ShopQR.directory(request, .png, site) }
        router.add(.get, "/q/{code}") { request throws(HTTPError) in try ShortCodes.reply(request, site) }
        router.add(.get, "/Q/{code}") { request throws(HTTPError) in try ShortCodes.reply(request, site) }
    }

    /// A rendered page as an HTML response with its own Content-Security-Policy.
    public static func html(_ page: RenderedPage) -> Response {
        var headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", page.contentSecurityPolicy)]
        if page.contentSecurityPolicy.hasSuffix("frame-ancestors 'self'") { headers.append(("X-Frame-Options", "SAMEORIGIN")) }
        return Response(status: 200, headers: headers, body: Array(page.html.utf8))
    }

    /// The page of a shop, rendered now (for the cache, or for a static export).
    public func renderPage(_ shop: PublishedShop, now: Timestamp = .now()) -> RenderedPage {
        ShopPage.render(shop.profile, trade: shop.trade, links: shop.links, content: content, now: now.civil(in: .paris))
    }

    private func page(_ slug: String, _ request: Request) throws(HTTPError) -> Reply {
        try cache.reply(request.path, request) { () throws(HTTPError) in
            let page = renderPage(try shop(slug))
            var response = Self.html(page)
            response.headers.append(("Cache-Control", "public, max-age=60"))
            return PageCache.Built(response: response, lifetimeMilliseconds: Self.lifetime(minutes: page.minutesValid))
        }
    }

    private func vcard(_ slug: String, _ request: Request) throws(HTTPError) -> Reply {
        try cache.reply(request.path, request) { () throws(HTTPError) in
            let shop = try shop(slug)
            return PageCache.Built(response: Response(status: 200, headers: [
                ("Content-Type", "text/vcard; charset=utf-8"), ("Cache-Control", "public, max-age=60"),
                ("Content-Disposition", "attachment; filename=\"\(slug).vcf\""),
            ], body: Array(VCard.render(shop.profile, trade: shop.trade, links: shop.links).utf8)))
        }
    }

    /// The print-ready PDF of a shop's poster, as `/s/<slug>/poster.pdf` serves it, with the
    /// code it carries (nil when this site prints no codes).
    public func shopPoster(_ slug: String, _ format: PosterFormat) throws(HTTPError) -> (pdf: [UInt8], title: String, code: PosterCode?) {
        let shop = try shop(slug)
        let code = try posterCode(slug: slug, format: format.rawValue)
        return (try PosterContent.shop(shop, code: code, self).pdf(format, correction: settings.qrCorrection), shop.profile.name, code)
    }

    /// The print-ready PDF of a kiosk's directory poster, as `/d/<kiosk>/poster.pdf` serves it.
    public func directoryPoster(_ kiosk: String, _ format: PosterFormat) throws(HTTPError) -> (pdf: [UInt8], title: String) {
        let listing = try Directory.load(kiosk: kiosk, self)
        let poster = PosterContent.directory(listing, code: try storage { try source.directoryCode(kiosk: kiosk) }, self)
        return (try poster.pdf(format, correction: settings.qrCorrection), poster.title)
    }

    /// The code of the shop's poster in `format` (or `"ticket"`), nil when this site prints none.
    public func posterCode(slug: String, format: String) throws(HTTPError) -> PosterCode? {
        try storage { try source.posterCode(slug: slug, format: format) }
    }

    /// The address a printed code encodes: `<public base>/Q/<CODE>`, the path in upper case so
    /// the whole address fits QR's alphanumeric mode once scheme and host are upper-cased.
    public func codeURL(_ code: PosterCode) -> String {
        settings.publicBaseURL + "/Q/" + code.text
    }

    /// The published shop at `slug` with what rendering needs; 404 when there is none.
    public func shop(_ slug: String) throws(HTTPError) -> PublishedShop {
        guard Slug.isValid(Substring(slug)), let profile = try storage({ try source.publishedShop(slug: slug) }) else {
            throw .notFound("No published page at /s/\(slug).")
        }
        return PublishedShop(slug: slug, profile: profile, trade: content.trades.first { $0.id == profile.trade },
                             links: .published(slug: slug, publicBaseURL: settings.publicBaseURL))
    }

    /// A source call answered through the one mapping (`StorageFailure`: logged, 503).
    func storage<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(HTTPError) -> T {
        try StorageFailure.answered(logger, body)
    }

    /// Until the start of the minute the page's "open now" line changes.
    static func lifetime(minutes: Int) -> Int64 {
        Int64(min(minutes, 10_000)) * 60_000 - Timestamp.now().milliseconds % 60_000
    }

    static let internalError = HTTPError(status: 500, code: "internal", message: "Internal error.")
}

/// A published shop ready to render: its profile, its trade, its addresses.
public struct PublishedShop: Sendable {
    public let slug: String
    public let profile: ShopProfile
    public let trade: Trade?
    public let links: ShopLinks
}

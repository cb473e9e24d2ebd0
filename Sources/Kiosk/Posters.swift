import HTTPServer
import Onboarding
import Pages

/// Print-ready posters (`?format=A4|A5|A6`): a shop's, and the directory's.
enum Posters {
    static func shop(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let format = try format(request)
        let slug = request.parameters["slug"] ?? ""
        return try services.pages.reply(request.path + "?" + format.rawValue, request) { () throws(HTTPError) in
            let shop = try PublishedShop.load(slug, services)
            let texts = shop.content.pageTexts
            let correction = services.settings.qrCorrection
            let pageURL = shop.links.page ?? ""
            let main = try ShopQR.inlineSVG(pageURL, correction: correction, title: "QR code : " + shop.profile.name)
            let extra = try shop.profile.googleReview.map { (review: String) throws(HTTPError) in
                PosterPage.Code(svg: try ShopQR.inlineSVG(review, correction: correction, title: texts("review")),
                                caption: texts("poster-review"))
            }
            let page = PosterPage.render(title: shop.profile.name, subtitle: shop.trade?.label, call: texts("poster-call"),
                                         lead: texts("poster-lead"), address: readable(pageURL), main: main, extra: extra,
                                         format: format, accent: shop.profile.accent, language: shop.content.language)
            return built(page)
        }
    }

    static func directory(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let format = try format(request)
        let url = try Directory.publicURL(request, services)
        return try services.pages.reply(request.path + "?" + format.rawValue, request) { () throws(HTTPError) in
            let texts = services.content.french.pageTexts
            let title = texts("directory-title", ["kiosk": services.settings.kioskLabel])
            let main = try ShopQR.inlineSVG(url, correction: services.settings.qrCorrection, title: "QR code : " + title)
            let page = PosterPage.render(title: title, subtitle: nil, call: texts("directory-poster-call"),
                                         lead: texts("directory-lead"), address: readable(url), main: main, extra: nil,
                                         format: format, accent: ShopProfile.defaultAccent, language: "fr")
            return built(page)
        }
    }

    private static func format(_ request: Request) throws(HTTPError) -> PosterFormat {
        guard let name = request.query["format"] else { return .a4 }
        guard let format = PosterFormat(rawValue: name.uppercased()) else { throw .invalidField("format", "must be one of A4, A5, A6") }
        return format
    }

    private static func built(_ page: RenderedPage) -> PageCache.Built {
        var response = PublicRoutes.html(page)
        response.headers.append(("Cache-Control", "public, max-age=60"))
        return PageCache.Built(response: response)
    }

    /// The address without its scheme, as printed under the code for people who type it.
    private static func readable(_ url: String) -> String {
        for scheme in ["https://", "http://"] where url.hasPrefix(scheme) { return String(url.dropFirst(scheme.count)) }
        return url
    }
}

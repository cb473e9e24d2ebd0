import HTTPServer
import Onboarding
import Pages

/// Print-ready posters (`?format=A4|A5|A6`): a shop's, and the directory's.
enum Posters {
    static func shop(_ request: Request, _ site: PublicSite) throws(HTTPError) -> Reply {
        let format = try format(request)
        let slug = request.parameters["slug"] ?? ""
        return try site.cache.reply(request.path + "?" + format.rawValue, request) { () throws(HTTPError) in
            let shop = try site.shop(slug)
            let texts = site.content.pageTexts
            let correction = site.settings.qrCorrection
            let pageURL = shop.links.page ?? ""
            let main = try ShopQR.inlineSVG(pageURL, correction: correction, title: "QR code : " + shop.profile.name)
            let extra = try shop.profile.googleReview.map { (review: String) throws(HTTPError) in
                PosterPage.Code(svg: try ShopQR.inlineSVG(review, correction: correction, title: texts("review")),
                                caption: texts("poster-review"))
            }
            let page = PosterPage.render(title: shop.profile.name, subtitle: shop.trade?.label, call: texts("poster-call"),
                                         lead: texts("poster-lead"), address: readable(pageURL), main: main, extra: extra,
                                         format: format, accent: shop.profile.accent, language: site.content.language)
            return built(page)
        }
    }

    static func directory(_ request: Request, _ site: PublicSite) throws(HTTPError) -> Reply {
        let format = try format(request)
        return try site.cache.reply(request.path + "?" + format.rawValue, request) { () throws(HTTPError) in
            let directory = try Directory.load(request, site)
            let texts = site.content.pageTexts
            let title = texts("directory-title", ["kiosk": directory.label])
            let main = try ShopQR.inlineSVG(directory.url, correction: site.settings.qrCorrection, title: "QR code : " + title)
            let page = PosterPage.render(title: title, subtitle: nil, call: texts("directory-poster-call"),
                                         lead: texts("directory-lead"), address: readable(directory.url), main: main, extra: nil,
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
        var response = PublicSite.html(page)
        response.headers.append(("Cache-Control", "public, max-age=60"))
        return PageCache.Built(response: response)
    }

    /// The address without its scheme, as printed under the code for people who type it.
    private static func readable(_ url: String) -> String {
        for scheme in ["https://", "http://"] where url.hasPrefix(scheme) { return String(url.dropFirst(scheme.count)) }
        return url
    }
}

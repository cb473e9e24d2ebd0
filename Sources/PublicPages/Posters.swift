import HTTPServer
import Onboarding
import Pages

/// Posters (`?format=A4|A5|A6`), a shop's and the directory's: `/poster` is the HTML preview,
/// `/poster.pdf` the print-ready PDF the kiosk sends to its printer, for printing at home too.
enum Posters {
    enum Kind { case html, pdf }

    static func shop(_ request: Request, _ kind: Kind, _ site: PublicSite) throws(HTTPError) -> Reply {
        let format = try format(request)
        let slug = request.parameters["slug"] ?? ""
        return try site.cache.reply(request.path + "?" + format.rawValue, request) { () throws(HTTPError) in
            let shop = try site.shop(slug)
            let code = try site.posterCode(slug: slug, format: format.rawValue)
            return try built(PosterContent.shop(shop, code: code, site), kind, format, site, filename: slug)
        }
    }

    static func directory(_ request: Request, _ kind: Kind, _ site: PublicSite) throws(HTTPError) -> Reply {
        let format = try format(request)
        return try site.cache.reply(request.path + "?" + format.rawValue, request) { () throws(HTTPError) in
            let directory = try Directory.load(request, site)
            let code = try site.storage { try site.source.directoryCode(kiosk: request.parameters["kiosk"] ?? "") }
            return try built(PosterContent.directory(directory, code: code, site), kind, format, site,
                             filename: request.parameters["kiosk"] ?? "annuaire")
        }
    }

    private static func format(_ request: Request) throws(HTTPError) -> PosterFormat {
        guard let name = request.query["format"] else { return .a4 }
        guard let format = PosterFormat(rawValue: name.uppercased()) else { throw .invalidField("format", "must be one of A4, A5, A6") }
        return format
    }

    private static func built(_ poster: PosterContent, _ kind: Kind, _ format: PosterFormat, _ site: PublicSite,
                              filename: String) throws(HTTPError) -> PageCache.Built {
        let correction = site.settings.qrCorrection
        var response: Response
        switch kind {
        case .html:
            response = PublicSite.html(try poster.html(format, correction: correction))
        case .pdf:
            response = Response(status: 200, headers: [
                ("Content-Type", "application/pdf"),
                ("Content-Disposition", "inline; filename=\"affiche-\(filename)-\(format.rawValue).pdf\""),
            ], body: try poster.pdf(format, correction: correction))
        }
        response.headers.append(("Cache-Control", "public, max-age=60"))
        return PageCache.Built(response: response)
    }
}

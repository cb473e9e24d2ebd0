import HTTPServer
import Pages
import ReportProtocol
import Time

/// `/q/<CODE>` and `/Q/<CODE>`, the short addresses printed posters encode: one scan counted
/// for the code's day (nothing about who), then a redirect to where the code leads today. A
/// code that leads nowhere gets a page saying so, with a directory to go on to.
enum ShortCodes {
    static func reply(_ request: Request, _ site: PublicSite) throws(HTTPError) -> Reply {
        guard let code = PosterCode(request.parameters["code"] ?? "") else {
            return .response(page(.unknown(directory: nil), site))
        }
        let target = try site.storage { try site.source.target(of: code) }
        let location: String
        switch target {
        case .shop(let slug): location = "/s/" + slug
        case .directory(let kiosk): location = "/d/" + kiosk
        case .withdrawn, .unknown: return .response(page(target, site))
        }
        // A HEAD (a link checker, a preview) is not a scan.
        if request.method == .get {
            let day = Timestamp.now().civil(in: .paris).date
            try site.storage { try site.source.countScan(of: code, on: day) }
        }
        return .response(Response(status: 302, headers: [("Location", location), ("Cache-Control", "no-store")]))
    }

    /// The friendly 404 (unknown) or 410 (withdrawn) page.
    static func page(_ target: CodeTarget, _ site: PublicSite) -> Response {
        let (status, withdrawn, directory): (Int, Bool, String?) = switch target {
        case .withdrawn(let directory): (410, true, directory)
        case .unknown(let directory): (404, false, directory)
        case .shop, .directory: (404, false, nil)
        }
        let rendered = CodePage.render(withdrawn: withdrawn, directoryPath: directory.map { "/d/" + $0 },
                                       texts: site.content.pageTexts, language: site.content.language)
        var response = PublicSite.html(rendered)
        response.status = status
        response.headers.append(("Cache-Control", "no-store"))
        return response
    }
}

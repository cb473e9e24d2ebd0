import HTTPServer
import Onboarding
import Pages
import QRCode

/// The QR codes of a shop (`/s/<slug>/qr.svg|png`) and of the directory. By default a code
/// leads to the page itself; `?for=review|facebook|instagram|website` gives the code of a link
/// the owner published. `?ecc=L|M|Q|H` and `?size=` (pixels per module) override the settings.
enum ShopQR {
    enum Kind { case svg, png }

    struct Options {
        let correction: ErrorCorrection
        let moduleSize: Int
        let target: String

        init(_ request: Request, _ settings: PublicSiteSettings) throws(HTTPError) {
            let unknown = request.query.keys.filter { !["for", "ecc", "size"].contains($0) }.sorted()
            guard unknown.isEmpty else { throw .invalidField(unknown[0], "is not a QR option (for, ecc, size)") }
            if let ecc = request.query["ecc"] {
                guard let level = ErrorCorrection(rawValue: ecc) else { throw .invalidField("ecc", "must be one of L, M, Q, H") }
                correction = level
            } else {
                correction = settings.qrCorrection
            }
            if let size = request.query["size"] {
                guard let pixels = Int(size), (1...40).contains(pixels) else { throw .invalidField("size", "must be a whole number from 1 to 40") }
                moduleSize = pixels
            } else {
                moduleSize = settings.qrModulePixels
            }
            target = request.query["for"] ?? "page"
            isDefault = target == "page" && correction == settings.qrCorrection && moduleSize == settings.qrModulePixels
        }

        let isDefault: Bool

        /// A cache key naming the resource and its options in a fixed order; the code with the
        /// default options is kept under the bare path, so `PageCache.fresh` finds it unrouted.
        func key(_ path: String) -> String {
            isDefault ? path : "\(path)?\(target)&\(correction.rawValue)&\(moduleSize)"
        }
    }

    static func reply(_ request: Request, _ kind: Kind, _ site: PublicSite) throws(HTTPError) -> Reply {
        let options = try Options(request, site.settings)
        let slug = request.parameters["slug"] ?? ""
        return try site.cache.reply(options.key(request.path), request) { () throws(HTTPError) in
            let shop = try site.shop(slug)
            let targets = [("page", shop.links.page ?? "")] + shop.profile.linkTargets
            guard let url = targets.first(where: { $0.0 == options.target })?.1 else {
                throw .notFound("This page has no '\(options.target)' link for a QR code.")
            }
            return try image(url, kind, options, title: shop.profile.name)
        }
    }

    static func directory(_ request: Request, _ kind: Kind, _ site: PublicSite) throws(HTTPError) -> Reply {
        let options = try Options(request, site.settings)
        guard options.target == "page" else { throw .invalidField("for", "a directory has only its page") }
        return try site.cache.reply(options.key(request.path), request) { () throws(HTTPError) in
            let directory = try Directory.load(request, site)
            return try image(directory.url, kind, options, title: directory.label)
        }
    }

    /// The SVG of `url`'s code for inlining in a poster.
    static func inlineSVG(_ url: String, correction: ErrorCorrection, title: String) throws(HTTPError) -> String {
        guard let matrix = try? QRCode.matrix(forURL: url, correction: correction) else { throw PublicSite.internalError }
        return QRCode.svg(matrix, moduleSize: 8, quietZone: 4, title: title)
    }

    private static func image(_ url: String, _ kind: Kind, _ options: Options, title: String) throws(HTTPError) -> PageCache.Built {
        guard let matrix = try? QRCode.matrix(forURL: url, correction: options.correction) else {
            throw HTTPError(status: 422, code: "qr_too_long", message: "This link is too long for a QR code.")
        }
        let (type, body): (String, [UInt8]) = switch kind {
        case .svg: ("image/svg+xml; charset=utf-8", Array(QRCode.svg(matrix, moduleSize: options.moduleSize, quietZone: 4, title: "QR code : " + title).utf8))
        case .png: ("image/png", QRCode.png(matrix, moduleSize: options.moduleSize, quietZone: 4))
        }
        return PageCache.Built(response: Response(status: 200, headers: [("Content-Type", type), ("Cache-Control", "public, max-age=300")], body: body))
    }
}

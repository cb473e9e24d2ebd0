import HTTPServer
import LocalFiles
import Logging
import Pages
import PublicPages
import QRCode

/// Published pages also written as files (`<dir>/s/<slug>/index.html`, `<dir>/s/<slug>.vcf`,
/// `<dir>/s/<slug>/qr.svg`, `qr.png`), so any web server or CDN can serve them at the same
/// addresses when one hub is not enough. Unpublishing or erasing removes them.
public struct StaticExport: Sendable {
    let directory: String
    let site: PublicSite
    let logger: Logger

    public init(directory: String, site: PublicSite, logger: Logger) {
        self.directory = directory
        self.site = site
        self.logger = logger
    }

    /// Writes the files of `slug`, or removes them when it is no longer published.
    public func refresh(_ slug: String) {
        let folder = directory + "/s/" + slug
        guard let shop = try? site.shop(slug) else {
            for name in ["/index.html", "/qr.svg", "/qr.png"] { LocalFile.remove(folder + name) }
            LocalFile.remove(folder + ".vcf")
            LocalFile.removeDirectory(folder)
            return
        }
        guard LocalFile.makeDirectories(folder), let matrix = try? QRCode.matrix(for: shop.links.page ?? "") else {
            logger.error("static export: cannot write \(folder)")
            return
        }
        let files: [(String, [UInt8])] = [
            (folder + "/index.html", Array(site.renderPage(shop).html.utf8)),
            (folder + ".vcf", Array(VCard.render(shop.profile, trade: shop.trade, links: shop.links).utf8)),
            (folder + "/qr.svg", Array(QRCode.svg(matrix, moduleSize: 10, quietZone: 4, title: "QR code : " + shop.profile.name).utf8)),
            (folder + "/qr.png", QRCode.png(matrix, moduleSize: 10, quietZone: 4)),
        ]
        for (path, bytes) in files where !LocalFile.writeAtomically(path, bytes) {
            logger.error("static export: cannot write \(path)")
        }
    }
}

import HTTPServer
import LocalFiles
import Logging
import Pages
import PublicPages
import QRCode
import Synchronization
import Time

/// Published pages also written as files (`<dir>/s/<slug>/index.html`, `<dir>/s/<slug>.vcf`,
/// `<dir>/s/<slug>/qr.svg`, `qr.png`), so any web server or CDN can serve them at the same
/// addresses when one hub is not enough. Unpublishing or erasing removes them.
///
/// One writer at a time: a refresh reads the shop and writes its files under one lock, so when
/// ingest and maintenance refresh the same page together, the last one writes the latest state
/// (and each file is replaced atomically, through a temporary file of its own). A page is
/// rewritten when its shop changes, or when its "open now" line turns (the renderer says for how
/// many minutes it holds): not every page at every maintenance round.
public final class StaticExport: Sendable {
    let directory: String
    let site: PublicSite
    let logger: Logger
    /// Per exported slug, the instant (ms) its "open now" line stops being true.
    private let validUntil = Mutex<[String: Int64]>([:])

    public init(directory: String, site: PublicSite, logger: Logger) {
        self.directory = directory
        self.site = site
        self.logger = logger
    }

    /// Writes the files of `slug`, or removes them when it is no longer published.
    public func refresh(_ slug: String, now: Timestamp = .now()) {
        validUntil.withLock { table in
            let folder = directory + "/s/" + slug
            guard let shop = try? site.shop(slug) else {
                for name in ["/index.html", "/qr.svg", "/qr.png"] { LocalFile.remove(folder + name) }
                LocalFile.remove(folder + ".vcf")
                LocalFile.removeDirectory(folder)
                table[slug] = nil
                return
            }
            let page = site.renderPage(shop, now: now)
            table[slug] = page.minutesValid >= Int(Int32.max) ? Int64.max : now.milliseconds + Int64(page.minutesValid) * 60_000
            write(shop, page: page, folder: folder)
        }
    }

    /// Rewrites the pages whose "open now" line has turned, and those not exported yet by this
    /// process (`slugs`: every published page). Returns how many were written.
    @discardableResult
    public func refreshStale(_ slugs: [String], now: Timestamp = .now()) -> Int {
        let stale = validUntil.withLock { table in slugs.filter { (table[$0] ?? Int64.min) <= now.milliseconds } }
        stale.forEach { refresh($0, now: now) }
        return stale.count
    }

    private func write(_ shop: PublishedShop, page: RenderedPage, folder: String) {
        guard LocalFile.makeDirectories(folder), let matrix = try? QRCode.matrix(forURL: shop.links.page ?? "") else {
            logger.error("static export: cannot write \(folder)")
            return
        }
        let files: [(String, [UInt8])] = [
            (folder + "/index.html", Array(page.html.utf8)),
            (folder + ".vcf", Array(VCard.render(shop.profile, trade: shop.trade, links: shop.links).utf8)),
            (folder + "/qr.svg", Array(QRCode.svg(matrix, moduleSize: 10, quietZone: 4, title: "QR code : " + shop.profile.name).utf8)),
            (folder + "/qr.png", QRCode.png(matrix, moduleSize: 10, quietZone: 4)),
        ]
        for (path, bytes) in files where !LocalFile.writeAtomically(path, bytes) {
            logger.error("static export: cannot write \(path)")
        }
    }
}

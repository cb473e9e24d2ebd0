import Onboarding
import QRCode
import ReportProtocol
import Time

/// Where the public site finds published shops: the kiosk's own database, or the hub's (which
/// holds the shops of every kiosk). Failures are thrown as they are and answered 503.
public protocol ShopSource: Sendable {
    /// The published shop at `slug`, nil when there is none.
    func publishedShop(slug: String) throws -> ShopProfile?
    /// The directory of kiosk `kiosk`: its label and its published shops (slug, profile) in
    /// publication order; nil for a kiosk this site does not know.
    func directory(kiosk: String) throws -> (label: String, shops: [(slug: String, profile: ShopProfile)])?
    /// Where a printed code leads on this site (`/q/<CODE>`).
    func target(of code: PosterCode) throws -> CodeTarget
    /// Counts one scan of `code` on `day` (Europe/Paris): a number per code and day, nothing
    /// about who scanned (no address, no user agent, no cookie).
    func countScan(of code: PosterCode, on day: CivilDate) throws
    /// The code printed on the poster of the shop at `slug` in `format` (a `PosterFormat` raw
    /// value, or `"ticket"` for the receipt), made on first use and the same at every reprint;
    /// nil when this site prints no codes (the poster then carries the page's own address).
    func posterCode(slug: String, format: String) throws -> PosterCode?
    /// The code printed on the directory poster of `kiosk`, made on first use; nil as above.
    func directoryCode(kiosk: String) throws -> PosterCode?
}

/// What the public site is told about the place it runs.
public struct PublicSiteSettings: Sendable {
    /// Where phones reach these pages; QR codes encode addresses under it.
    public var publicBaseURL: String
    public var qrCorrection: ErrorCorrection
    public var qrModulePixels: Int
    /// The CCI behind the kiosk (content): its name and colour sign the posters.
    public var identity: CCIIdentity?

    public init(publicBaseURL: String, qrCorrection: ErrorCorrection, qrModulePixels: Int, identity: CCIIdentity? = nil) {
        self.publicBaseURL = publicBaseURL
        self.qrCorrection = qrCorrection
        self.qrModulePixels = qrModulePixels
        self.identity = identity
    }
}

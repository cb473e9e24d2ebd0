import Onboarding
import QRCode

/// Where the public site finds published shops: the kiosk's own database, or the hub's (which
/// holds the shops of every kiosk). Failures are thrown as they are and answered 503.
public protocol ShopSource: Sendable {
    /// The published shop at `slug`, nil when there is none.
    func publishedShop(slug: String) throws -> ShopProfile?
    /// The directory of kiosk `kiosk`: its label and its published shops (slug, profile) in
    /// publication order; nil for a kiosk this site does not know.
    func directory(kiosk: String) throws -> (label: String, shops: [(slug: String, profile: ShopProfile)])?
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

import QRCode

/// The kiosk behaviour a CCI tunes in configuration (time-outs, PIN policy).
public struct KioskSettings: Sendable {
    /// Quiet time before the "are you still there?" warning (KIOSK-UX: 120 s by default).
    public var idleSeconds = 120
    /// Length of the warning's countdown; the server ends the session after both.
    public var countdownSeconds = 30
    /// Wrong PINs allowed before a resume code is locked.
    public var pinAttempts = 5
    public var pinLockoutSeconds = 900
    /// Where phones reach public pages (the CCI hub); QR codes encode addresses under it.
    public var publicBaseURL = "http://127.0.0.1:8080"
    /// This kiosk's name in the directory's address (`/d/<kioskID>`) and its words in its title.
    public var kioskID = "vitrine"
    public var kioskLabel = "notre quartier"
    /// QR codes of shop pages: error correction and PNG pixels per module, unless a request asks.
    public var qrCorrection: ErrorCorrection = .medium
    public var qrModulePixels = 10
    /// An ESC/POS receipt printer's device, and its paper's width in dots; nil: none.
    public var receiptPrinter: String?
    public var receiptDots = 384
    /// The CUPS queue posters and slips print on; nil: CUPS's default destination (`lpadmin -d`).
    public var printer: String?
    /// Where poster codes' prefix comes from (configuration, the hub, or none: standalone).
    public var codePrefix = CodePrefix()

    public init() {}

    /// A session not touched for this long is over, whatever the browser still shows.
    var sessionLifetimeMilliseconds: Int64 { Int64(idleSeconds + countdownSeconds + 5) * 1000 }
}

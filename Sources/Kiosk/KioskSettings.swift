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

    public init() {}

    /// A session not touched for this long is over, whatever the browser still shows.
    var sessionLifetimeMilliseconds: Int64 { Int64(idleSeconds + countdownSeconds + 5) * 1000 }
}

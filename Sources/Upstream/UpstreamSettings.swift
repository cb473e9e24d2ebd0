import ReportProtocol
/// Where and how the kiosk reports: the hub, this kiosk's id and key there, and the bounds of
/// a report and of the waits between attempts.
public struct UpstreamSettings: Sendable {
    /// The hub's base URL (`https://hub.cci.example`).
    public var hubURL: String
    public var kioskID: String
    public var secret: WebhookSecret
    public var maxEvents = 500
    public var maxBytes = 262_144
    public var retryCapSeconds = 300.0
    /// How often an idle sender looks at the outbox again when nobody woke it.
    public var idleSeconds = 5.0

    public init(hubURL: String, kioskID: String, secret: WebhookSecret) {
        self.hubURL = hubURL
        self.kioskID = kioskID
        self.secret = secret
    }

    /// `POST <hub>/api/v1/kiosks/<kiosk id>/reports` (ARCHITECTURE.md's fixed point).
    public var reportURL: String { hubURL + "/api/v1/kiosks/" + kioskID + "/reports" }

    /// `GET <hub>/api/v1/kiosks/<kiosk id>/feedback` (`KioskFeedback.path`).
    public var feedbackURL: String { hubURL + KioskFeedback.path(kiosk: kioskID) }
}

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

    /// Plain HTTP is for loopback (tests, a hub on the same box) unless explicitly allowed.
    public static func isAcceptable(hubURL: String, allowHTTP: Bool) -> Bool {
        let lower = hubURL.lowercased()
        if lower.hasPrefix("https://") { return true }
        guard lower.hasPrefix("http://") else { return false }
        return isLoopback(authority: lower.dropFirst(7).prefix { $0 != "/" && $0 != "?" && $0 != "#" }) || allowHTTP
    }

    /// `localhost`, `[::1]` or an IPv4 address in 127.0.0.0/8, with an optional port; a name that
    /// merely starts like one (`localhost.example`, `127.example`) is not loopback.
    static func isLoopback(authority: Substring) -> Bool {
        var host = authority
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            host = host[...close]
        } else if let colon = host.firstIndex(of: ":") {
            host = host[..<colon]
        }
        if host == "localhost" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127"
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) && (Int($0) ?? 256) <= 255 }
    }
}

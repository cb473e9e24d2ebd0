import Tokens

/// The Content-Security-Policy of a rendered page. Each page carries its style inline (one
/// request for a phone on a weak network), allowed by its SHA-256 hash rather than by
/// `unsafe-inline`: an injected `style=` or `<style>` would not apply, and no script may run.
public enum PageSecurity {
    /// `frameable`: the kiosk UI may show the page in an iframe (preview, printing a poster).
    public static func policy(style: String, frameable: Bool) -> String {
        let hash = Base64.encode(SHA256.hash(Array(style.utf8)))
        return [
            "default-src 'none'", "style-src 'sha256-\(hash)'", "img-src 'self' data:", "base-uri 'none'",
            "form-action 'none'", frameable ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
        ].joined(separator: "; ")
    }
}

/// A page ready to serve: its bytes and the headers its content needs.
public struct RenderedPage: Sendable {
    public let html: String
    public let contentSecurityPolicy: String
    /// The page says "open" or "closed": after this many minutes it may be wrong.
    public let minutesValid: Int

    public init(html: String, contentSecurityPolicy: String, minutesValid: Int = Int.max) {
        self.html = html
        self.contentSecurityPolicy = contentSecurityPolicy
        self.minutesValid = minutesValid
    }
}

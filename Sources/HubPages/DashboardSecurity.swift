import Pages
import Tokens

extension PageSecurity {
    /// The policy of the dashboard's pages: like the public pages' (style by hash, no script,
    /// no framing), except that their forms may post to this hub.
    public static func formPolicy(style: String) -> String {
        let hash = Base64.encode(SHA256.hash(Array(style.utf8)))
        return [
            "default-src 'none'", "style-src 'sha256-\(hash)'", "img-src 'self' data:", "base-uri 'none'",
            "form-action 'self'", "frame-ancestors 'none'",
        ].joined(separator: "; ")
    }
}

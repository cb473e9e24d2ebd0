import HTTPServer
import Onboarding

/// The CCI's logo, served as the SVG file the CCI put in content/ (checked at load: a plain
/// drawing), under a policy that lets it draw and nothing else, even opened on its own.
enum IdentityLogo {
    static let path = "/api/v1/identity/logo.svg"

    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

    static func response(_ identity: CCIIdentity) -> PreparedResponse? {
        let headers = SecurityHeaders.standard.map { name, value in
            name == "Content-Security-Policy" ? (name, contentSecurityPolicy) : (name, value)
        }
        return PreparedResponse(Response(status: 200, headers: [("Content-Type", "image/svg+xml; charset=utf-8"),
                                                                ("Cache-Control", "no-cache")], body: identity.logo),
                                standardHeaders: headers)
    }
}

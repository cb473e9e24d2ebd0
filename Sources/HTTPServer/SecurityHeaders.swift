/// Headers sent on every response, whoever built it.
///
/// The CSP allows only same-origin scripts and styles (no `unsafe-inline`): the kiosk UI and the
/// public pages keep all script and style in files, so an injected `<script>` or `style=` in a
/// shop's text can never run. `frame-ancestors 'none'` stops framing (clickjacking).
public enum SecurityHeaders {
    public static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "font-src 'self'", "connect-src 'self'", "manifest-src 'self'", "base-uri 'none'",
        "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    public static let standard: [(String, String)] = [
        ("Content-Security-Policy", contentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ]
}

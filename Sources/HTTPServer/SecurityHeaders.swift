/// Headers sent on every response, whoever built it.
///
/// The CSP allows only same-origin scripts and styles (no `unsafe-inline`): the kiosk UI keeps all
/// script and style in files, so an injected `<script>` or `style=` can never run (public pages
/// replace this policy with their own, which allows their inline style by its hash only). `frame-ancestors 'none'` stops framing (clickjacking); `frame-src
/// 'self'` lets the kiosk UI show its own page preview and print a poster from a hidden frame;
/// `media-src blob:` lets its audio mode play the speech route's WAV from an object URL (the route
/// is a POST, so an `<audio src>` cannot name it).
public enum SecurityHeaders {
    public static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "font-src 'self'", "connect-src 'self'", "media-src blob:", "manifest-src 'self'", "frame-src 'self'", "base-uri 'none'",
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

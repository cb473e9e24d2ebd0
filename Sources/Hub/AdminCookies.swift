/// The dashboard's cookies: scoped to `/admin`, never readable by script, never sent by another
/// site's request (`SameSite=Strict`), `Secure` when the hub is reached over HTTPS.
struct AdminCookies: Sendable {
    static let session = "vitrine_admin"
    /// A random value the login form repeats (double submit), against login CSRF.
    static let login = "vitrine_login"
    let secure: Bool

    init(publicBaseURL: String) {
        secure = publicBaseURL.lowercased().hasPrefix("https://")
    }

    /// `Set-Cookie` for `value`; nil `value` clears the cookie.
    func header(_ name: String, _ value: String?) -> (String, String) {
        var text = name + "=" + (value ?? "") + "; Path=/admin; HttpOnly; SameSite=Strict"
        if value == nil { text += "; Max-Age=0" }
        if secure { text += "; Secure" }
        return ("Set-Cookie", text)
    }
}

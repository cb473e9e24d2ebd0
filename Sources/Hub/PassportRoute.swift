import HTTPServer
import HubPages
import Pages
import Time

/// `GET /p/<token>`: the owner's passport page, public (the token is the secret, printed as a
/// QR code on their passport), never cached, not indexed; 404 for any other token.
struct PassportRoute: Sendable {
    let passports: Passports

    func add(to router: inout Router) {
        let route = self
        router.add(.get, "/p/{token}") { request throws(HTTPError) in try route.page(request.parameters["token"] ?? "") }
    }

    private func page(_ token: String) throws(HTTPError) -> Reply {
        let today = Timestamp.now().civil(in: .paris).date
        let found = try AdminStorage.run { try passports.passport(token: token, today: today) }
        let page = found.map { PassportPage.render($0.passport, pagePath: $0.pagePath, posters: $0.posters) } ?? PassportPage.notFound()
        return .response(Response(status: found == nil ? 404 : 200, headers: [
            ("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", page.contentSecurityPolicy),
            ("Cache-Control", "no-store"), ("X-Robots-Tag", "noindex"),
        ], body: Array(page.html.utf8)))
    }
}

import HTTPServer
import HubPages
import Pages
import Time
import Tokens

/// `/admin/login` (form and post) and `/admin/logout`: opening and closing dashboard sessions.
struct AdminRoutes: Sendable {
    let login: AdminLogin
    let sessions: AdminSessions
    let gate: AdminGate
    let cookies: AdminCookies

    func add(to router: inout Router) {
        let routes = self
        router.add(.get, "/admin/login") { request throws(HTTPError) in
            AdminHTML.reply { () throws(HTTPError) in try routes.form(request) }
        }
        // A password check costs a deliberate half-second of CPU: it runs on the offload pool,
        // whose bounded queue answers 503 to a flood instead of taking the workers.
        router.add(.post, "/admin/login") { request throws(HTTPError) in
            AdminHTML.offloaded(request) { request throws(HTTPError) in .response(try routes.submit(request, now: .now())) }
        }
        router.add(.post, "/admin/logout") { request throws(HTTPError) in
            AdminHTML.reply { () throws(HTTPError) in try routes.logout(request, now: .now()) }
        }
    }

    /// The form, with a fresh double-submit token in a cookie and a hidden field; an open
    /// session goes straight to the dashboard.
    private func form(_ request: Request) throws(HTTPError) -> Response {
        if try gate.page(request, now: .now()) != nil { return AdminGate.redirect("/admin", status: 302) }
        return formPage(notice: nil, status: 200)
    }

    private func formPage(name: String = "", notice: DashboardLoginPage.Notice?, status: Int, headers: [(String, String)] = []) -> Response {
        let token = Hex.encode(RandomBytes.make(16))
        return AdminHTML.page(DashboardLoginPage.render(loginToken: token, name: name, notice: notice), status: status,
                              headers: [cookies.header(AdminCookies.login, token)] + headers)
    }

    private func submit(_ request: Request, now: Timestamp) throws(HTTPError) -> Response {
        let fields = try AdminForm.fields(request)
        let name = String((fields["name"] ?? "").prefix(64))
        guard let given = fields["login"], let expected = AdminForm.cookie(AdminCookies.login, in: request),
              ConstantTime.equal(Array(given.utf8), Array(expected.utf8)) else {
            return formPage(name: name, notice: .expired, status: 403)
        }
        let outcome = try AdminStorage.run { try login.attempt(name: name, password: fields["password"] ?? "", address: request.clientAddress, now: now) }
        switch outcome {
        case .accepted(let admin):
            let opened = try AdminStorage.run { try sessions.open(admin: admin, now: now) }
            return AdminGate.redirect("/admin", headers: [cookies.header(AdminCookies.session, opened.token), cookies.header(AdminCookies.login, nil)])
        case .refused:
            return formPage(name: name, notice: .refused, status: 401)
        case .locked(let seconds):
            return formPage(name: name, notice: .locked(minutes: Int((seconds + 59) / 60)), status: 429,
                            headers: [("Retry-After", String(seconds))])
        }
    }

    private func logout(_ request: Request, now: Timestamp) throws(HTTPError) -> Response {
        let fields = try AdminForm.fields(request)
        let current = try gate.post(request, fields: fields, now: now)
        try AdminStorage.run { try sessions.close(token: current.token) }
        return AdminGate.redirect("/admin/login", headers: [cookies.header(AdminCookies.session, nil)])
    }
}

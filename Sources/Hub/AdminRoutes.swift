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
        // A password check costs a deliberate third of a second of CPU: the worker only reads
        // (a locked attempt is answered at once), the hashing waits for a free core on the idle
        // lane, whose small queue answers 503 to a flood (before any form or database work),
        // and the writes run on the shared pool.
        router.add(.post, "/admin/login") { request throws(HTTPError) in
            AdminHTML.answer { () throws(HTTPError) in try routes.submit(request) }
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

    /// The form's token and the lock-outs checked here; the password hashed on the idle lane,
    /// then the outcome written and answered on the shared pool. When the idle lane's queue is
    /// full, 503 first: a flood the queue refuses costs no form parsing and no database read.
    private func submit(_ request: Request) throws(HTTPError) -> Reply {
        guard request.offloadHasRoom(.idle) else { return .busy }
        let fields = try AdminForm.fields(request)
        let name = String((fields["name"] ?? "").prefix(64))
        guard let given = fields["login"], let expected = AdminForm.cookie(AdminCookies.login, in: request),
              ConstantTime.equal(Array(given.utf8), Array(expected.utf8)) else {
            return .response(formPage(name: name, notice: .expired, status: 403))
        }
        let step = try AdminStorage.run {
            try login.prepare(name: name, password: fields["password"] ?? "", address: request.clientAddress, now: .now())
        }
        switch step {
        case .decided(let outcome): return .response(try answer(outcome, name: name, now: .now()))
        case .check(let check): return hashing(check, request, name: name)
        }
    }

    /// The hash on the idle lane (no lock held there), then the writes on the shared pool.
    private func hashing(_ check: PasswordCheck, _ request: Request, name: String) -> Reply {
        let routes = self
        return .offloaded(Offloaded(request, lane: .idle) { request in
            let verdict = check.run()
            return AdminHTML.offloaded(request) { _ throws(HTTPError) in
                let now = Timestamp.now()
                let outcome = try AdminStorage.run { try routes.login.conclude(verdict, now: now) }
                return .response(try routes.answer(outcome, name: name, now: now))
            }
        })
    }

    private func answer(_ outcome: AdminLogin.Outcome, name: String, now: Timestamp) throws(HTTPError) -> Response {
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

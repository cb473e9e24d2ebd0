import HTTPServer
import HubPages
import Pages
import Time

/// The dashboard's pages, its one action (a call-back request marked done) and its exports;
/// each behind the session gate, and each offloaded: staff work never holds the workers that
/// serve ingest, `/healthz` and the public pages.
struct DashboardRoutes: Sendable {
    let gate: AdminGate
    let queries: DashboardQueries
    let export: DashboardExport

    func add(to router: inout Router) {
        let routes = self
        router.add(.get, "/admin") { request throws(HTTPError) in
            AdminHTML.offloaded(request) { request throws(HTTPError) in .response(try routes.page(request, kiosk: nil, now: .now())) }
        }
        router.add(.get, "/admin/kiosks/{kiosk}") { request throws(HTTPError) in
            AdminHTML.offloaded(request) { request throws(HTTPError) in
                .response(try routes.page(request, kiosk: request.parameters["kiosk"] ?? "", now: .now()))
            }
        }
        router.add(.post, "/admin/advisor-requests/done") { request throws(HTTPError) in
            AdminHTML.offloaded(request) { request throws(HTTPError) in .response(try routes.markDone(request, now: .now())) }
        }
        router.add(.get, "/admin/export/{file}") { request throws(HTTPError) in
            AdminHTML.offloaded(request) { request throws(HTTPError) in try routes.csv(request, now: .now()) }
        }
    }

    private func page(_ request: Request, kiosk: String?, now: Timestamp) throws(HTTPError) -> Response {
        guard let session = try gate.page(request, now: now) else { return AdminGate.redirect("/admin/login", status: 302) }
        if let kiosk, !(try AdminStorage.run { try queries.kioskExists(kiosk) }) {
            throw .notFound("Aucune borne « \(kiosk) » n’est enregistrée.")
        }
        let requestPage = request.query["rappels"].flatMap { Int($0) } ?? 1
        let figures = try AdminStorage.run { try queries.figures(kiosk: kiosk, now: now, requestPage: requestPage) }
        let context = DashboardContext(admin: session.admin, csrf: session.csrf, kiosk: kiosk, now: now)
        return AdminHTML.page(DashboardPage.render(figures, context: context))
    }

    /// Marks the request done, then back to the page the form was on (only dashboard pages).
    private func markDone(_ request: Request, now: Timestamp) throws(HTTPError) -> Response {
        let fields = try AdminForm.fields(request)
        _ = try gate.post(request, fields: fields, now: now)
        guard let id = fields["request"], !id.isEmpty else { throw .badRequest("Aucune demande indiquée.", code: "invalid_form") }
        guard try AdminStorage.run({ try queries.markDone(request: id, now: now) }) else {
            throw .notFound("Cette demande n’existe pas ou est déjà faite.")
        }
        return AdminGate.redirect(Self.back(fields["back"]) + "#rappels")
    }

    private static func back(_ path: String?) -> String {
        guard let path, path.hasPrefix("/admin/kiosks/"), Kiosks.isName(String(path.dropFirst(14))) else { return "/admin" }
        return path
    }

    private func csv(_ request: Request, now: Timestamp) throws(HTTPError) -> Reply {
        guard try gate.page(request, now: now) != nil else { throw HTTPError(status: 401, code: "unauthorized", message: "Log in first.") }
        let file = request.parameters["file"] ?? ""
        let kiosk = request.query["kiosk"].flatMap { $0.isEmpty ? nil : $0 }
        if let kiosk, !(try AdminStorage.run { try queries.kioskExists(kiosk) }) {
            throw .notFound("Aucune borne « \(kiosk) » n’est enregistrée.")
        }
        guard file.hasSuffix(".csv"), let chunks = export.chunks(String(file.dropLast(4)), kiosk: kiosk) else {
            throw .notFound("Pas d’export « \(file) ».")
        }
        return .streamed(StreamedResponse(headers: [("Content-Type", "text/csv; charset=utf-8"), ("Cache-Control", "no-store"),
                                                    ("Content-Disposition", "attachment; filename=\"\(String(file.dropLast(4))).csv\"")],
                                          next: chunks.bytes))
    }
}

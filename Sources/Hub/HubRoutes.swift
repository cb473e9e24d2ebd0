import HTTPServer
import JSON
import ReportProtocol

/// The hub's routes: ingest and the kiosks' feedback, then the public site (and the dashboard's, added by its module).
enum HubRoutes {
    static func make(_ services: HubServices) -> Router {
        var router = Router()
        router.add(.post, "/api/v1/kiosks/{kiosk}/reports") { request throws(HTTPError) in
            try report(request, services)
        }
        router.add(.get, KioskFeedback.path(kiosk: "{kiosk}")) { request throws(HTTPError) in
            try feedback(request, services)
        }
        services.site.add(to: &router)
        Dashboard.add(to: &router, services)
        return router
    }

    /// The kiosk's feedback, never cached (the figures change with every scan).
    private static func feedback(_ request: Request, _ services: HubServices) throws(HTTPError) -> Reply {
        let feedback = try services.feedback.answer(kiosk: request.parameters["kiosk"] ?? "", webhookID: request.header("webhook-id"),
                                                    timestamp: request.header("webhook-timestamp"),
                                                    signature: request.header("webhook-signature"))
        guard let body = try? JSON.encode(feedback) else {
            throw HTTPError(status: 500, code: "internal", message: "Could not encode the feedback.")
        }
        return .response(Response(status: 200, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")], body: body))
    }

    private static func report(_ request: Request, _ services: HubServices) throws(HTTPError) -> Reply {
        let outcome = try services.ingest.receive(kiosk: request.parameters["kiosk"] ?? "", webhookID: request.header("webhook-id"),
                                                  timestamp: request.header("webhook-timestamp"),
                                                  signature: request.header("webhook-signature"), body: request.body)
        if !outcome.changedSlugs.isEmpty {
            services.generation.bump()
            if let export = services.export { outcome.changedSlugs.forEach { export.refresh($0) } }
        }
        guard let body = try? JSON.encode(Acknowledgement(acked: outcome.acked)) else {
            throw HTTPError(status: 500, code: "internal", message: "Could not encode the acknowledgement.")
        }
        var response = Response.json("")
        response.body = body
        return .response(response)
    }
}

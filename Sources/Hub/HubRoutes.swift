import HTTPServer
import JSON
import ReportProtocol

/// The hub's routes: ingest, then the public site (and the dashboard's, added by its module).
enum HubRoutes {
    static func make(_ services: HubServices) -> Router {
        var router = Router()
        router.add(.post, "/api/v1/kiosks/{kiosk}/reports") { request throws(HTTPError) in
            try report(request, services)
        }
        services.site.add(to: &router)
        Dashboard.add(to: &router, services)
        return router
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

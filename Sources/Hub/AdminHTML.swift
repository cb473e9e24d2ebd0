import HTTPServer
import HubPages
import Pages

/// HTML answers under `/admin`: pages with their own policy and never cached, and errors
/// as short French pages rather than JSON (a person reads them, in a browser).
enum AdminHTML {
    static func page(_ page: RenderedPage, status: Int = 200, headers: [(String, String)] = []) -> Response {
        Response(status: status, headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", page.contentSecurityPolicy),
                                           ("Cache-Control", "no-store")] + headers,
                 body: Array(page.html.utf8))
    }

    /// Runs a handler; an `HTTPError` becomes an HTML page with the same status and headers.
    static func reply(_ body: () throws(HTTPError) -> Response) -> Reply {
        answer { () throws(HTTPError) in .response(try body()) }
    }

    /// The handler runs on the server's offload pool, not on a worker.
    static func offloaded(_ request: Request, _ body: @escaping @Sendable (Request) throws(HTTPError) -> Reply) -> Reply {
        .offloaded(Offloaded(request) { request in answer { () throws(HTTPError) in try body(request) } })
    }

    /// Runs a handler that may offload; an `HTTPError` becomes an HTML page (as `reply`).
    static func answer(_ body: () throws(HTTPError) -> Reply) -> Reply {
        do {
            return try body()
        } catch {
            let kind: DashboardMessagePage.Kind = switch error.status {
            case 401: .unauthorized
            case 403: .forbidden
            case 404: .notFound
            default: .failed
            }
            return .response(page(DashboardMessagePage.render(kind, detail: error.message), status: error.status, headers: error.headers))
        }
    }
}

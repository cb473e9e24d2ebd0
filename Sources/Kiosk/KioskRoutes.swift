import FoundationEssentials
import HTTPServer
import Logging

/// The JSON API under `/api/v1/`. Every route here is documented in `OpenAPIDocument`, and a
/// test keeps the two in step.
enum KioskRoutes {
    struct StartSession: Decodable {
        let language: Language
    }

    static func make(sessions: VisitorSessions, logger: Logger) -> Router {
        var router = Router()
        let openAPI = PreparedResponse(Response.json(OpenAPIDocument.json))
        router.add(.get, "/api/v1/openapi.json") { _ throws(HTTPError) in
            guard let openAPI else { throw internalError }
            return .prepared(openAPI)
        }
        router.add(.post, "/api/v1/sessions") { request throws(HTTPError) in
            let body = try JSONBody.decode(StartSession.self, from: request)
            let session = try storage(logger) { try sessions.start(language: body.language) }
            return JSONBody.response(session, status: 201)
        }
        router.add(.get, "/api/v1/sessions/{id}") { request throws(HTTPError) in
            let id = try sessionID(request)
            guard let session = try storage(logger, { try sessions.find(id) }) else { throw .notFound("No session \(id).") }
            return JSONBody.response(session)
        }
        router.add(.delete, "/api/v1/sessions/{id}") { request throws(HTTPError) in
            let id = try sessionID(request)
            guard try storage(logger, { try sessions.end(id) }) else { throw .notFound("No open session \(id).") }
            return .response(.empty(status: 204, headers: [("Cache-Control", "no-store")]))
        }
        return router
    }

    static let internalError = HTTPError(status: 500, code: "internal", message: "Internal error.")

    /// Session ids are lower-case UUIDs; anything else is refused before touching the database.
    static func sessionID(_ request: Request) throws(HTTPError) -> String {
        let id = request.parameters["id"] ?? ""
        guard id.utf8.count == 36, UUID(uuidString: id) != nil else {
            throw .invalidField("id", "must be a session id (a UUID)")
        }
        return id.lowercased()
    }

    /// Runs a storage call; a failure is logged with its cause and answered 503 (the client may
    /// retry), never with database details.
    static func storage<T>(_ logger: Logger, _ body: () throws -> T) throws(HTTPError) -> T {
        do {
            return try body()
        } catch {
            logger.error("storage failure: \(error)")
            throw HTTPError(status: 503, code: "storage_unavailable", message: "The kiosk cannot save right now; try again.")
        }
    }
}

import HTTPServer

/// Starting, reading, touching and ending visitor sessions.
enum SessionRoutes {
    struct StartSession: Decodable { let language: Language }
    struct ChangeLanguage: Decodable { let language: Language }

    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.post, "/api/v1/sessions") { request throws(HTTPError) in
            let body = try JSONBody.decode(StartSession.self, from: request)
            let session = try services.storage { try services.sessions.start(language: body.language) }
            return JSONBody.response(session, status: 201)
        }
        router.add(.get, "/api/v1/sessions/{id}") { request throws(HTTPError) in
            let id = try KioskRoutes.sessionID(request)
            guard let session = try services.storage({ try services.sessions.find(id) }) else { throw .notFound("No session \(id).") }
            return JSONBody.response(session)
        }
        router.add(.delete, "/api/v1/sessions/{id}") { request throws(HTTPError) in
            let id = try KioskRoutes.sessionID(request)
            guard try services.storage({ try services.sessions.end(id) }) else { throw .notFound("No open session \(id).") }
            return noContent
        }
        router.add(.post, "/api/v1/sessions/{id}/touch") { request throws(HTTPError) in
            _ = try services.activeSession(request)
            return noContent
        }
        router.add(.put, "/api/v1/sessions/{id}/language") { request throws(HTTPError) in
            var session = try services.activeSession(request)
            let body = try JSONBody.decode(ChangeLanguage.self, from: request)
            try services.storage { try services.sessions.setLanguage(session.id, body.language) }
            session.language = body.language
            return JSONBody.response(session)
        }
    }

    static var noContent: Reply { .response(.empty(status: 204, headers: [("Cache-Control", "no-store")])) }
}

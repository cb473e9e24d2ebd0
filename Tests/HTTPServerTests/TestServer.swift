import Foundation
import HTTPServer
import Logging
import TestSupport

/// A real server on a free loopback port with a small router and a static folder, for tests.
final class TestServer: Sendable {
    let server: HTTPServer
    let root: String
    var port: Int { server.port }

    struct App: HTTPHandler {
        let files: StaticFiles
        let router: Router
        func respond(to request: Request) -> Reply {
            if let reply = files.reply(for: request) { return reply }
            switch router.route(request) {
            case .success(let reply)?: return reply
            case .failure(let error)?: return .response(.error(error))
            case nil: return .response(.error(.notFound()))
            }
        }

        func prepared(_ get: PlainGet) -> PreparedResponse? { files.prepared(get) }
    }

    init(configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        root = Scratch.root + "/vitrine-http-\(UUID().uuidString)"
        let secret = root + "-secret.txt"
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        try "<!doctype html><title>t</title>".write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
        try "body { color: black }".write(toFile: root + "/sub/style.css", atomically: true, encoding: .utf8)
        try "root:x:0:0 secret".write(toFile: secret, atomically: true, encoding: .utf8)
        try "backup".write(toFile: root + "/.hidden.txt", atomically: true, encoding: .utf8)
        try "percent".write(toFile: root + "/100%.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/escape.txt", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: root + "/inside.css", withDestinationPath: root + "/sub/style.css")
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.maxBodyBytes = 4096
        configure(&configuration)
        let app = App(files: try StaticFiles(root: root), router: TestServer.router())
        server = HTTPServer(configuration: configuration, handler: app, logger: Logger(label: "test"))
        try server.start()
    }

    deinit {
        server.stop(grace: 1)
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: root + "-secret.txt")
    }

    static func router() -> Router {
        var router = Router()
        router.add(.get, "/api/hello") { request throws(HTTPError) in
            .response(.json("{\"hello\":\(JSONString.quote(request.query["name"] ?? "world"))}"))
        }
        router.add(.post, "/api/echo") { request throws(HTTPError) in
            .response(Response(status: 200, headers: [("Content-Type", "application/octet-stream")], body: request.body))
        }
        router.add(.get, "/api/items/{id}") { request throws(HTTPError) in
            .response(.json("{\"id\":\(JSONString.quote(request.parameters["id"] ?? ""))}"))
        }
        router.add(.get, "/api/slow") { _ throws(HTTPError) in
            usleep(600_000)
            return .response(.json("{\"slow\":true}"))
        }
        router.add(.get, "/api/fail") { _ throws(HTTPError) in
            throw .invalidField("name", "is too long")
        }
        return router
    }
}

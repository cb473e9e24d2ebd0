import Foundation
import HTTPServer
import Testing
import TestSupport

@Suite("HTTP over loopback: routing, HEAD, ETag, errors, keep-alive", .ownThreads)
struct ServingTests {
    @Test func routesExactAndParameterisedPaths() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        let hello = try client.request("GET", "/api/hello?name=%C3%89lodie+B")
        #expect(hello.status == 200)
        #expect(hello.text == #"{"hello":"Élodie B"}"#)
        #expect(hello.header("Content-Type") == "application/json; charset=utf-8")
        let item = try client.request("GET", "/api/items/42")
        #expect(item.text == #"{"id":"42"}"#)
    }

    @Test func unknownPathIsJSON404() throws {
        let fixture = try TestServer()
        let reply = try RawClient(port: fixture.port).request("GET", "/api/nothing")
        #expect(reply.status == 404)
        let json = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: [String: String]]
        #expect(json?["error"]?["code"] == "not_found")
    }

    @Test func wrongMethodIs405WithAllow() throws {
        let fixture = try TestServer()
        let reply = try RawClient(port: fixture.port).request("DELETE", "/api/hello")
        #expect(reply.status == 405)
        #expect(reply.header("Allow") == "GET, HEAD")
    }

    @Test func handlerErrorsBecomeJSON() throws {
        let fixture = try TestServer()
        let reply = try RawClient(port: fixture.port).request("GET", "/api/fail")
        #expect(reply.status == 422)
        #expect(reply.text == #"{"error":{"code":"invalid_field","message":"name: is too long"}}"#)
    }

    @Test func headHasHeadersButNoBody() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        let head = try client.request("HEAD", "/index.html")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("Content-Type") == "text/html; charset=utf-8")
        #expect(head.header("ETag") != nil)
        // The same connection still works: HEAD left no stray body bytes behind.
        let get = try client.request("GET", "/index.html")
        #expect(get.status == 200)
        #expect(get.text.hasPrefix("<!doctype html>"))
    }

    @Test func etagRevalidationAnswers304() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        let first = try client.request("GET", "/sub/style.css")
        let tag = try #require(first.header("ETag"))
        #expect(first.header("Cache-Control") == "no-cache")
        #expect(first.header("Content-Type") == "text/css; charset=utf-8")
        let again = try client.request("GET", "/sub/style.css", headers: ["If-None-Match": "\"other\", \(tag)"])
        #expect(again.status == 304)
        #expect(again.header("ETag") == tag)
        let changed = try client.request("GET", "/sub/style.css", headers: ["If-None-Match": "\"other\""])
        #expect(changed.status == 200)
    }

    @Test func rootServesIndex() throws {
        let fixture = try TestServer()
        let reply = try RawClient(port: fixture.port).request("GET", "/")
        #expect(reply.status == 200)
        #expect(reply.text.hasPrefix("<!doctype html>"))
    }

    @Test func securityHeadersOnEveryResponse() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        for path in ["/", "/api/hello", "/api/nothing", "/sub/style.css"] {
            let reply = try client.request("GET", path)
            let csp = try #require(reply.header("Content-Security-Policy"), "no CSP on \(path)")
            #expect(!csp.contains("unsafe-inline"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(csp.contains("media-src blob:"), "the audio mode plays speech from object URLs")
            #expect(reply.header("X-Content-Type-Options") == "nosniff")
            #expect(reply.header("Referrer-Policy") == "no-referrer")
        }
        let tooBig = try RawClient(port: fixture.port).request("POST", "/api/echo", body: Array(repeating: 65, count: 5000))
        #expect(tooBig.status == 413)
        #expect(tooBig.header("Content-Security-Policy") != nil)
    }

    @Test func keepAliveServesTwoRequestsOnOneConnection() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        for _ in 0..<3 {
            let reply = try client.request("GET", "/api/hello")
            #expect(reply.status == 200)
            #expect(reply.header("Connection")?.lowercased() != "close")
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        client.send("GET /api/items/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /api/items/2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(try client.readReply().text == #"{"id":"1"}"#)
        #expect(try client.readReply().text == #"{"id":"2"}"#)
    }

    @Test func bodyUnderTheLimitIsDelivered() throws {
        let fixture = try TestServer()
        let body = Array("é".utf8) + Array(repeating: 66, count: 3000)
        let reply = try RawClient(port: fixture.port).request("POST", "/api/echo", body: body)
        #expect(reply.status == 200)
        #expect(reply.body == body)
    }

    @Test func manyConcurrentClientsAreAllAnswered() throws {
        let fixture = try TestServer { $0.maxConnectionsPerIP = 0 }
        let clients = 128
        let statuses = ManagedCounter()
        let port = fixture.port
        let finished = DispatchGroup()
        for _ in 0..<clients {
            finished.enter()
            Thread.detachNewThread {
                defer { finished.leave() }
                guard let client = try? RawClient(port: port) else { return }
                for _ in 0..<5 {
                    if let reply = try? client.request("GET", "/api/hello"), reply.status == 200 { statuses.increment() }
                }
            }
        }
        #expect(finished.wait(timeout: .now() + 30) == .success)
        #expect(statuses.value == clients * 5)
    }
}

/// A thread-safe counter for concurrent test clients.
final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

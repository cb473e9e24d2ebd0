import Foundation
import HTTPServer
import TestSupport
import Testing

@Suite("HTTP protections: body limit, slow clients, traversal, smuggling, shutdown", .ownThreads)
struct ProtectionTests {
    @Test func oversizedBodyIsRefusedBeforeItIsSent() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        // Only the headers go out: the 413 must come without the server waiting for 10 MB.
        client.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 10000000\r\n\r\n")
        let reply = try client.readReply()
        #expect(reply.status == 413)
        #expect(reply.header("Connection")?.lowercased() == "close")
        let json = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: [String: String]]
        #expect(json?["error"]?["code"] == "payload_too_large")
    }

    @Test func oversizedChunkedBodyIsRefusedWithoutBuffering() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        client.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
        let chunk = String(repeating: "A", count: 1000)
        for _ in 0..<10 { client.send("3e8\r\n\(chunk)\r\n") }
        client.send("0\r\n\r\n")
        #expect(try client.readReply().status == 413)
    }

    @Test func slowClientIsDroppedWhileOthersAreServed() throws {
        let fixture = try TestServer { $0.requestTimeout = 2; $0.idleTimeout = 30 }
        let slow = try RawClient(port: fixture.port, receiveTimeout: 0.2)
        let start = Date()
        slow.send("GET /api/hello HTTP/1.1\r\n")
        var droppedAfter: Double?
        var served = 0
        for byte in "Host: 127.0.0.1\r\nX-Padding: ".utf8 {
            guard slow.send([byte]) else { droppedAfter = Date().timeIntervalSince(start); break }
            if let reply = try? RawClient(port: fixture.port).request("GET", "/api/hello"), reply.status == 200 { served += 1 }
            if slow.isClosedByPeer() { droppedAfter = Date().timeIntervalSince(start); break }
        }
        let after = try #require(droppedAfter, "the trickling client was never dropped")
        #expect(after >= 1.5 && after < 4.5)
        #expect(served >= 3)
        #expect(fixture.server.connectionsDropped >= 1)
    }

    @Test(arguments: [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/sub/../../vitrine-secret.txt", "/sub/%2E%2E/index.html", "/escape.txt", "/index.html%00.css",
        "/%00", "/sub%5c..%5cindex.html", "/sub\\..\\index.html", "/.hidden.txt", "/%C0%AE%C0%AE/etc/passwd",
        "/index.html/.", "//etc/passwd",
    ])
    func traversalAttemptsAreRefused(path: String) throws {
        let fixture = try TestServer()
        let reply = try RawClient(port: fixture.port).request("GET", path)
        #expect(reply.status == 400 || reply.status == 404, "\(path) gave \(reply.status)")
        #expect(!reply.text.contains("root:x"), "\(path) leaked the secret")
        #expect(!reply.text.contains("<!doctype"), "\(path) served a file by a trick")
    }

    @Test func symlinkInsideTheRootIsServed() throws {
        let fixture = try TestServer()
        #expect(try RawClient(port: fixture.port).request("GET", "/inside.css").status == 200)
    }

    @Test(arguments: [
        ("both framings", "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n"),
        ("conflicting lengths", "Content-Length: 5\r\nContent-Length: 6\r\n"),
        ("unknown coding", "Transfer-Encoding: gzip\r\n"),
        ("coding list", "Transfer-Encoding: gzip, chunked\r\n"),
        ("space before colon", "Content-Length : 5\r\n"),
        ("signed length", "Content-Length: +5\r\n"),
        ("NUL in a length", "Content-Length: 5\u{0} 00\r\n"),
        ("NUL in another value", "X-Note: ab\u{0}cd\r\nContent-Length: 5\r\n"),
        ("bare LF", "Content-Length: 5\nX-After: 1\r\n"),
        ("folded line", "Content-Length: 5\r\n folded\r\n"),
        ("folded with tab", "X-Note: a\r\n\tb\r\nContent-Length: 5\r\n"),
    ])
    func ambiguousFramingIsRefused(label: String, headers: String) throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        client.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nX-First: 1\r\n\(headers)\r\nhello")
        let reply = try client.readReply()
        #expect(reply.status == 400, "\(label)")
        #expect(reply.header("Connection")?.lowercased() == "close", "\(label)")
    }

    @Test func cleanHeaderLinesStillPass() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        client.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Empty:\r\nX-Spaces: a  \r\nContent-Length: 5\r\n\r\nhello")
        let reply = try client.readReply()
        #expect(reply.status == 200)
        #expect(reply.text == "hello")
    }

    @Test func badQueryAndPathEncodingAre400() throws {
        let fixture = try TestServer()
        let client = try RawClient(port: fixture.port)
        #expect(try client.request("GET", "/api/hello?name=%FF").status == 400)
        #expect(try client.request("GET", "/api/hello?name=%zz").status == 400)
        #expect(try client.request("GET", "/api/%FF").status == 400)
    }

    @Test func oversizedHeadersAreRefused() throws {
        let fixture = try TestServer { $0.memoryPerConnection = 8192 }
        let client = try RawClient(port: fixture.port)
        let reply = try client.request("GET", "/api/hello", headers: ["X-Big": String(repeating: "a", count: 20000)])
        #expect(reply.status == 431 || reply.status == 413)
    }

    @Test func stopLetsInFlightRequestsFinishAndRefusesNewOnes() throws {
        let fixture = try TestServer()
        let port = fixture.port
        let inFlight = try RawClient(port: port)
        inFlight.send("GET /api/slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        usleep(100_000)
        let stopped = DispatchSemaphore(value: 0)
        let server = fixture.server
        Thread.detachNewThread { server.stop(grace: 5); stopped.signal() }
        usleep(300_000)
        #expect(throws: (any Error).self) { try RawClient(port: port).request("GET", "/api/hello") }
        let reply = try inFlight.readReply()
        #expect(reply.status == 200)
        #expect(stopped.wait(timeout: .now() + 5) == .success)
    }
}

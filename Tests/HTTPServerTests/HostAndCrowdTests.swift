import Foundation
@testable import HTTPServer
import Testing
import TestSupport

@Suite("Host names (DNS rebinding) and a full connection table", .ownThreads)
struct HostAndCrowdTests {
    private func exchange(_ port: Int, _ head: String) throws -> RawClient.Reply {
        let client = try RawClient(port: port)
        client.send(head)
        return try client.readReply()
    }

    @Test(arguments: ["127.0.0.1", "127.0.0.1:8080", "localhost", "LOCALHOST:1", "[::1]", "[::1]:8080",
                      "kiosk.example", "Kiosk.Example:443", "shop.cci.example."])
    func ownNamesAreServed(host: String) throws {
        let fixture = try TestServer { $0.allowedHosts = ["kiosk.example", "shop.cci.example"] }
        let reply = try exchange(fixture.port, "GET /api/hello HTTP/1.1\r\nHost: \(host)\r\n\r\n")
        #expect(reply.status == 200, "\(host)")
    }

    @Test(arguments: ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example",
                      "127.0.0.1:80@evil.example", "[::1]x", "kiosk.example.evil", ":8080", "10.1.2.3"])
    func otherNamesAre421AndNothingRuns(host: String) throws {
        let fixture = try TestServer { $0.allowedHosts = ["kiosk.example"] }
        let reply = try exchange(fixture.port, "POST /api/echo HTTP/1.1\r\nHost: \(host)\r\nContent-Length: 5\r\n\r\nhello")
        #expect(reply.status == 421, "\(host)")
        #expect(reply.text.contains("\"misdirected_request\""))
        #expect(reply.text != "hello")
        #expect(reply.header("Content-Security-Policy") != nil)
    }

    @Test func anyAddressLiteralWhenListeningEverywhere() {
        let check = HostCheck(listeningAddress: "0.0.0.0", allowed: [])
        func verdict(_ host: String) -> HostCheck.Verdict {
            Array(host.utf8).withUnsafeBytes { check.verdict(hostCount: 1, host: $0, http11: true) }
        }
        #expect(verdict("192.168.1.20:8080") == .accepted)
        #expect(verdict("[fe80::1]") == .accepted)
        #expect(verdict("evil.example") == .misdirected)
        #expect(verdict("1.2.3.4.evil.example") == .misdirected)
    }

    @Test func http11WithoutHostOrWithTwoIs400() throws {
        let fixture = try TestServer()
        #expect(try exchange(fixture.port, "GET /api/hello HTTP/1.1\r\n\r\n").status == 400)
        let two = try exchange(fixture.port, "GET /api/hello HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n")
        #expect(two.status == 400)
        #expect(two.header("Connection")?.lowercased() == "close")
        #expect(try exchange(fixture.port, "GET /api/hello HTTP/1.0\r\n\r\n").status == 200, "HTTP/1.0 may omit Host")
    }

    /// The table holds 4 connections; 4 idle sockets from other addresses fill it.
    @Test func theScreenAndNewcomersGetInWhenTheTableIsFull() throws {
        let fixture = try TestServer { $0.maxConnections = 4; $0.screenReserve = 2; $0.headerTimeout = 30; $0.idleTimeout = 60 }
        let idle = try (2...5).map { number in
            defer { Thread.sleep(forTimeInterval: 0.05) }  // a clear oldest
            return try RawClient(port: fixture.port, receiveTimeout: 0.5, source: "127.0.1.\(number)")
        }
        idle.dropFirst().forEach { $0.send("GET /api/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n") }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(fixture.server.openConnections == 4)
        // The screen (127.0.0.1) uses its reserve: nobody is shed.
        #expect(try RawClient(port: fixture.port).request("GET", "/api/hello").status == 200)
        #expect(fixture.server.connectionsShed == 0)
        // A newcomer from the network takes the place of the oldest socket still waiting for headers.
        let start = Date()
        #expect(try RawClient(port: fixture.port, source: "127.0.2.9").request("GET", "/api/hello").status == 200)
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(fixture.server.connectionsShed == 1)
        #expect(idle[0].isClosedByPeer())
        #expect(!idle[1].isClosedByPeer())
    }

    @Test func idleSocketsLeaveAfterTheHeaderTimeout() throws {
        let fixture = try TestServer { $0.headerTimeout = 1; $0.idleTimeout = 60; $0.requestTimeout = 60 }
        let idle = try RawClient(port: fixture.port, receiveTimeout: 3, source: "127.0.1.2")
        let start = Date()
        #expect(throws: RawClient.Failure.self) { try idle.readReply() }
        #expect(Date().timeIntervalSince(start) < 2.5)
        #expect(fixture.server.connectionsDropped == 1)
    }

    /// The idle timeout is each connection's own (set as it opens), not libmicrohttpd's daemon
    /// option: a request whose body stops coming is still closed after it.
    @Test func aRequestThatGoesSilentLeavesAfterTheIdleTimeout() throws {
        let fixture = try TestServer { $0.headerTimeout = 60; $0.idleTimeout = 1; $0.requestTimeout = 60 }
        let silent = try RawClient(port: fixture.port, receiveTimeout: 4, source: "127.0.1.3")
        #expect(silent.send("POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nab"))
        let start = Date()
        #expect(throws: RawClient.Failure.self) { try silent.readReply() }
        #expect(Date().timeIntervalSince(start) < 3.5)
        let talking = try RawClient(port: fixture.port)
        #expect(try talking.request("GET", "/api/hello").status == 200)
    }
}

@Suite("libmicrohttpd's messages under a flood", .ownThreads)
struct LogThrottleTests {
    @Test func atMostTheLimitPassPerWindowThenTheCountOfThoseHeldBack() {
        let throttle = LogThrottle(limit: 2, windowMilliseconds: 1000)
        #expect(throttle.admit(now: 10) == 0)
        #expect(throttle.admit(now: 20) == 0)
        #expect(throttle.admit(now: 30) == nil)
        #expect(throttle.admit(now: 40) == nil)
        #expect(throttle.admit(now: 1500) == 2)
        #expect(throttle.admit(now: 1600) == 0)
    }
}

@Suite("Which clients are on this machine")
struct PeerAddressTests {
    @Test func loopbackAddresses() {
        #expect(Request(method: .get, path: "/metrics").fromLoopback)
        #expect(Request(method: .get, path: "/metrics", clientAddress: "127.0.0.2").fromLoopback)
        #expect(Request(method: .get, path: "/metrics", clientAddress: "::1").fromLoopback)
        #expect(Request(method: .get, path: "/metrics", clientAddress: "::ffff:127.0.0.1").fromLoopback)
        #expect(!Request(method: .get, path: "/metrics", clientAddress: "192.0.2.7").fromLoopback)
        #expect(!Request(method: .get, path: "/metrics", clientAddress: "2001:db8::1").fromLoopback)
        #expect(!Request(method: .get, path: "/metrics", clientAddress: "128.0.0.1").fromLoopback)
    }
}

import Foundation
import Glibc
import HTTPServer
import Logging
import Synchronization
import Testing
import TestSupport

/// Offloaded routes run on the server's own bounded pools while their connection is suspended:
/// slow work never holds the workers, a full queue answers 503 at once, the connection stays
/// alive for the next request; the idle lane's thread is `SCHED_IDLE`, the shared pool's nice
/// 10, and a job can hand its next step to the other lane. Streamed bodies arrive whole, in
/// chunks.
@Suite("Offloaded routes and streamed bodies", .ownThreads)
struct OffloadTests {
    struct App: HTTPHandler {
        let router: Router
        func respond(to request: Request) -> Reply {
            switch router.route(request) {
            case .success(let reply)?: return reply
            case .failure(let error)?: return .response(.error(error))
            case nil: return .response(.error(.notFound()))
            }
        }
    }

    static func server(threads: Int = 1, offloadThreads: Int = 2, queue: Int = 8, idleThreads: Int = 0, idleQueue: Int = 8) throws -> HTTPServer {
        var router = Router()
        router.add(.get, "/fast") { _ throws(HTTPError) in .response(.json("{\"fast\":true}")) }
        router.add(.get, "/slow/{id}") { request throws(HTTPError) in
            .offloaded(Offloaded(request) { request in
                usleep(400_000)
                let cookie = request.header("Cookie") ?? ""
                return .response(.json("{\"id\":\(JSONString.quote(request.parameters["id"] ?? "")),\"cookie\":\(JSONString.quote(cookie))}"))
            })
        }
        router.add(.get, "/idle/slow") { request throws(HTTPError) in
            .offloaded(Offloaded(request, lane: .idle) { _ in
                usleep(400_000)
                return .response(.json("{}"))
            })
        }
        // Whether each lane has room, asked on the worker before any offloading.
        router.add(.get, "/room") { request throws(HTTPError) in
            .response(.json("{\"idle\":\(request.offloadHasRoom(.idle)),\"shared\":\(request.offloadHasRoom(.shared))}"))
        }
        // Where each step ran, as the kernel sees the thread: `/proc/thread-self/stat`.
        router.add(.get, "/where/{lane}") { request throws(HTTPError) in
            let lane: OffloadLane = request.parameters["lane"] == "idle" ? .idle : .shared
            return .offloaded(Offloaded(request, lane: lane) { _ in .response(.json("{\"first\":\(ThreadScheduling.current)}")) })
        }
        router.add(.get, "/chain") { request throws(HTTPError) in
            .offloaded(Offloaded(request, lane: .idle) { request in
                let first = ThreadScheduling.current
                return .offloaded(Offloaded(request) { _ in .response(.json("{\"first\":\(first),\"then\":\(ThreadScheduling.current)}")) })
            })
        }
        router.add(.get, "/stream") { request throws(HTTPError) in
            let count = Int(request.query["chunks"] ?? "") ?? 0
            let sent = Mutex(0)
            return .streamed(StreamedResponse(headers: [("Content-Type", "text/plain")]) {
                sent.withLock { sent -> [UInt8]? in
                    guard sent < count else { return nil }
                    sent += 1
                    return Array("line \(sent) ".utf8) + [UInt8](repeating: 0x2E, count: 1000) + [0x0A]
                }
            })
        }
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.threads = threads
        configuration.offloadThreads = offloadThreads
        configuration.offloadQueue = queue
        configuration.idleOffloadThreads = idleThreads
        configuration.idleOffloadQueue = idleQueue
        let server = HTTPServer(configuration: configuration, handler: App(router: router), logger: Logger(label: "test"))
        try server.start()
        return server
    }

    @Test func slowOffloadedWorkDoesNotHoldTheWorker() throws {
        let server = try Self.server(threads: 1)
        defer { server.stop(grace: 5) }
        let slow = (0..<4).map { _ in try? RawClient(port: server.port) }
        for (index, client) in slow.enumerated() { client?.send("GET /slow/\(index) HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: a=\(index)\r\n\r\n") }
        usleep(50_000)
        let fast = try RawClient(port: server.port)
        let start = DispatchTime.now().uptimeNanoseconds
        let reply = try fast.request("GET", "/fast")
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        #expect(reply.status == 200 && elapsed < 200, "the one worker answered in \(elapsed) ms while 4 slow requests ran")
        for (index, client) in slow.enumerated() {
            let answer = try #require(try client?.readReply())
            #expect(answer.status == 200 && answer.text.contains("\"id\":\"\(index)\"") && answer.text.contains("a=\(index)"),
                    "headers and route parameters reach the pool: \(answer.text)")
        }
    }

    @Test func theConnectionStaysAliveAfterAnOffloadedReply() throws {
        let server = try Self.server()
        defer { server.stop(grace: 5) }
        let client = try RawClient(port: server.port)
        #expect(try client.request("GET", "/slow/a").status == 200)
        #expect(try client.request("GET", "/slow/b").text.contains("\"b\""))
        #expect(try client.request("GET", "/fast").status == 200)
    }

    @Test func aReplyWhoseClientLeftReachesNoOtherConnection() throws {
        let server = try Self.server(threads: 1)
        defer { server.stop(grace: 5) }
        for round in 0..<3 {
            let leaving = try RawClient(port: server.port)
            leaving.send("GET /slow/left\(round) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            usleep(50_000)
            shutdown(leaving.fd, Int32(SHUT_RDWR))
            let deadline = Date().addingTimeInterval(0.6)
            while Date() < deadline {
                let client = try RawClient(port: server.port)
                let reply = try client.request("GET", "/fast")
                #expect(reply.status == 200 && reply.text == "{\"fast\":true}", "\(reply.text)")
            }
        }
    }

    @Test func aFullQueueAnswers503AtOnce() throws {
        let server = try Self.server(offloadThreads: 1, queue: 1)
        defer { server.stop(grace: 5) }
        // One thread, one waiting place, 400 ms a job: of six requests sent together, at most
        // two are taken; the others are refused at once, whatever order they arrive in.
        let clients = try (0..<6).map { _ in try RawClient(port: server.port) }
        for (index, client) in clients.enumerated() { client.send("GET /slow/\(index) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") }
        let replies = try clients.map { try $0.readReply() }
        let refused = replies.filter { $0.status == 503 }
        #expect(replies.allSatisfy { $0.status == 200 || $0.status == 503 })
        #expect(!refused.isEmpty && refused.allSatisfy { $0.header("Retry-After") != nil && $0.text.contains("\"busy\"") })
        #expect(replies.contains { $0.status == 200 })
    }

    @Test func theIdleLaneRunsSchedIdleAndTheSharedPoolNice10() throws {
        let server = try Self.server(idleThreads: 1)
        defer { server.stop(grace: 5) }
        let client = try RawClient(port: server.port)
        let idle = try client.request("GET", "/where/idle").text
        let shared = try client.request("GET", "/where/shared").text
        #expect(idle.contains(#""policy":5"#), "SCHED_IDLE is policy 5: \(idle)")
        #expect(shared.contains(#""policy":0"#) && shared.contains(#""nice":10"#), "SCHED_OTHER at nice 10: \(shared)")
    }

    @Test func aJobHandsItsNextStepToTheSharedLane() throws {
        let server = try Self.server(idleThreads: 1)
        defer { server.stop(grace: 5) }
        let client = try RawClient(port: server.port)
        let reply = try client.request("GET", "/chain")
        #expect(reply.status == 200 && reply.text.contains(#""first":{"policy":5"#) && reply.text.contains(#""then":{"policy":0,"nice":10}"#),
                "\(reply.text)")
        #expect(try client.request("GET", "/fast").status == 200, "the connection is still alive")
    }

    @Test func aFullIdleQueueAnswers503AtOnceAndLeavesTheSharedLaneFree() throws {
        let server = try Self.server(idleThreads: 1, idleQueue: 1)
        defer { server.stop(grace: 5) }
        // One idle thread, one waiting place, 400 ms a job: of six sent together at most two are
        // taken, the others refused at once; the shared lane still takes its own work.
        let clients = try (0..<6).map { _ in try RawClient(port: server.port) }
        for client in clients { client.send("GET /idle/slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") }
        usleep(50_000)
        let shared = try RawClient(port: server.port).request("GET", "/slow/s")
        let replies = try clients.map { try $0.readReply() }
        let refused = replies.filter { $0.status == 503 }
        #expect(replies.allSatisfy { $0.status == 200 || $0.status == 503 })
        #expect(refused.count >= 4 && refused.allSatisfy { $0.header("Retry-After") != nil && $0.text.contains("\"busy\"") }, "\(replies.map(\.status))")
        #expect(replies.contains { $0.status == 200 })
        #expect(shared.status == 200, "the shared lane has its own queue")
    }

    /// `offloadHasRoom` lets a route refuse before its own costly work (a login's form and
    /// database reads) when the lane would refuse the job anyway.
    @Test func aRouteCanAskWhetherALaneHasRoomBeforeOffloading() throws {
        let server = try Self.server(idleThreads: 1, idleQueue: 1)
        defer { server.stop(grace: 5) }
        let probe = try RawClient(port: server.port)
        #expect(try probe.request("GET", "/room").text == #"{"idle":true,"shared":true}"#)
        // One waiting (and one running, 400 ms): the idle lane is full meanwhile, the shared not.
        // On a busy box the SCHED_IDLE thread may not have taken the first job yet when the
        // second comes: then the second is refused, and the first alone fills the queue.
        let clients = try (0..<2).map { _ in try RawClient(port: server.port) }
        for client in clients {
            client.send("GET /idle/slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            usleep(20_000)
        }
        var room = ""
        for _ in 0..<30 where room != #"{"idle":false,"shared":true}"# {
            room = try probe.request("GET", "/room").text
            usleep(10_000)
        }
        #expect(room == #"{"idle":false,"shared":true}"#)
        let statuses = try clients.map { try $0.readReply().status }
        #expect(statuses == [200, 200] || statuses == [200, 503], "\(statuses)")
        #expect(try probe.request("GET", "/room").text == #"{"idle":true,"shared":true}"#, "room again once both are done")
    }

    @Test func aStreamedBodyArrivesWholeInChunks() throws {
        let server = try Self.server()
        defer { server.stop(grace: 5) }
        let client = try RawClient(port: server.port)
        client.send("GET /stream?chunks=300 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(client.fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 200") && text.lowercased().contains("transfer-encoding: chunked"))
        let body = Self.dechunk(text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n"))
        #expect(body.split(separator: "\n").count == 300 && body.hasPrefix("line 1 ") && body.contains("line 300 "))
    }

    /// Decodes a chunked body (sizes in hex, each chunk followed by CRLF, a zero chunk last).
    static func dechunk(_ text: String) -> String {
        var rest = Array(text.utf8)[...], body: [UInt8] = []
        while let lineEnd = rest.firstIndex(of: 0x0D), let size = Int(String(decoding: rest[..<lineEnd], as: UTF8.self), radix: 16), size > 0 {
            let start = lineEnd + 2
            body += rest[start..<start + size]
            rest = rest[(start + size + 2)...]
        }
        return String(decoding: body, as: UTF8.self)
    }
}

/// The calling thread's scheduling as the kernel reports it in `/proc/thread-self/stat`
/// (`proc(5)`: field 19 is the nice value, field 41 the policy; 0 `SCHED_OTHER`, 5 `SCHED_IDLE`).
enum ThreadScheduling {
    static var current: String {
        let stat = (try? String(contentsOfFile: "/proc/thread-self/stat", encoding: .utf8)) ?? ""
        // Fields after the command name (in parentheses, may hold spaces) start at field 3.
        let fields = stat[(stat.range(of: ")", options: .backwards)?.upperBound ?? stat.startIndex)...].split(separator: " ")
        let field = { (number: Int) in fields.count > number - 3 ? String(fields[number - 3]) : "null" }
        return "{\"policy\":\(field(41)),\"nice\":\(field(19))}"
    }
}

import Foundation
import JSON
import Kiosk
import Logging
import ReportOutbox
import ReportProtocol
import Storage
import Synchronization
import TestSupport
import Testing
@testable import Upstream

/// A hub that answers from a script and remembers what it was sent.
final class ScriptedHub: ReportTransport {
    struct Sent { let headers: [String: String]; let body: [UInt8] }
    private let state = Mutex<(replies: [Result<HTTPReply, TransportFailure>], sent: [Sent])>(([], []))

    func script(_ replies: [Result<HTTPReply, TransportFailure>]) { state.withLock { $0.replies += replies } }
    var sent: [Sent] { state.withLock { $0.sent } }

    func post(_ url: String, headers: [(String, String)], body: [UInt8]) throws(TransportFailure) -> HTTPReply {
        let next = state.withLock { state -> Result<HTTPReply, TransportFailure> in
            state.sent.append(Sent(headers: Dictionary(uniqueKeysWithValues: headers), body: body))
            return state.replies.isEmpty ? .failure(TransportFailure("no scripted answer")) : state.replies.removeFirst()
        }
        return try next.get()
    }

    func get(_ url: String, headers: [(String, String)]) throws(TransportFailure) -> HTTPReply {
        try post(url, headers: headers, body: [])
    }

    /// 200 acknowledging every event of the last report.
    static func ackAll(_ body: [UInt8]) -> HTTPReply {
        let report = try! JSON.decode(Report.self, from: body)
        return HTTPReply(status: 200, body: try! JSON.encode(Acknowledgement(acked: report.events.map(\.id))))
    }
}

@Suite("The sender: batches, signatures, acknowledgements, retries", .ownThreads)
struct SenderTests {
    let directory = Scratch.root + "/vitrine-upstream-\(UUID().uuidString)"
    let database: Database
    let secret = WebhookSecret.generate()

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory + "/k.sqlite", migrations: KioskSchema.migrations)
    }

    func sender(_ hub: ScriptedHub, maxEvents: Int = 500, maxBytes: Int = 262_144) -> Sender {
        var settings = UpstreamSettings(hubURL: "http://127.0.0.1:9", kioskID: "k1", secret: secret)
        settings.maxEvents = maxEvents
        settings.maxBytes = maxBytes
        return Sender(reader: OutboxReader(database: database), settings: settings, transport: hub, logger: Logger(label: "test"))
    }

    func visits(_ count: Int) throws {
        for _ in 0..<count { _ = try VisitorSessions(database: database).start(language: .fr) }
    }

    func depth() throws -> Int { try Outbox(database: database).depth() }

    @Test func aSignedBatchIsDeliveredAndLeavesTheOutbox() throws {
        try visits(3)
        let hub = ScriptedHub()
        let sender = sender(hub)
        hub.script([.success(HTTPReply(status: 200))])
        _ = sender.attempt()
        let first = try #require(hub.sent.first)
        try WebhookSignature.verify(secret, id: first.headers["webhook-id"], timestamp: first.headers["webhook-timestamp"],
                                    signatures: first.headers["webhook-signature"], body: first.body, now: Int64(Date().timeIntervalSince1970))
        let report = try JSON.decode(Report.self, from: first.body)
        #expect(report.events.count == 3 && report.events.allSatisfy { $0.type == "visit.started" })
        #expect(try depth() == 3, "a 200 without acknowledgement deletes nothing")
        hub.script([.success(ScriptedHub.ackAll(first.body))])
        #expect(sender.attempt() == 0)
        #expect(try depth() == 0)
        #expect(hub.sent[1].headers["webhook-id"] == first.headers["webhook-id"], "a retry keeps the batch id")
    }

    @Test func failuresKeepTheBatchAndHonourRetryAfter() throws {
        try visits(2)
        let hub = ScriptedHub()
        let sender = sender(hub)
        hub.script([.success(HTTPReply(status: 503, retryAfter: "7")), .failure(TransportFailure("connection refused")),
                    .success(HTTPReply(status: 401))])
        #expect(sender.attempt() >= 7)
        _ = sender.attempt()
        _ = sender.attempt()
        #expect(try depth() == 2)
        #expect(Set(hub.sent.map { $0.headers["webhook-id"] }).count == 1)
        let error = try database.read { (connection) throws(StorageError) in try connection.query("SELECT last_error FROM upstream_status").first?.string(0) }
        #expect(error?.contains("401") == true)
        hub.script([.success(ScriptedHub.ackAll(hub.sent[0].body))])
        _ = sender.attempt()
        #expect(try depth() == 0)
    }

    @Test func aPartialAcknowledgementResendsTheRest() throws {
        try visits(3)
        let hub = ScriptedHub()
        let sender = sender(hub)
        hub.script([.success(HTTPReply(status: 200))])
        _ = sender.attempt()
        let ids = try JSON.decode(Report.self, from: hub.sent[0].body).events.map(\.id)
        hub.script([.success(HTTPReply(status: 200, body: try JSON.encode(Acknowledgement(acked: [ids[0], "not-ours"]))))])
        _ = sender.attempt()
        #expect(try depth() == 2)
        hub.script([.success(ScriptedHub.ackAll(hub.sent[0].body))])
        _ = sender.attempt()
        #expect(try JSON.decode(Report.self, from: hub.sent[2].body).events.map(\.id) == Array(ids.dropFirst()))
        #expect(try depth() == 0)
    }

    @Test func batchesAreBoundedInCountAndBytes() throws {
        try visits(7)
        let hub = ScriptedHub()
        hub.script(Array(repeating: .success(HTTPReply(status: 200)), count: 1))
        _ = sender(hub, maxEvents: 5).attempt()
        #expect(try JSON.decode(Report.self, from: hub.sent[0].body).events.count == 5)
        let bytesHub = ScriptedHub()
        let directory2 = try SenderTests()
        try directory2.visits(7)
        bytesHub.script([.success(HTTPReply(status: 200))])
        _ = directory2.sender(bytesHub, maxBytes: 600).attempt()
        let sent = try JSON.decode(Report.self, from: bytesHub.sent[0].body).events.count
        #expect((1..<7).contains(sent) && bytesHub.sent[0].body.count <= 600)
    }

    @Test func personalFieldsGoOnlyWithTheHubsConsentAndNotAfterWithdrawal() throws {
        let session = try VisitorSessions(database: database).start(language: .fr)
        let owners = Owners(database: database, settings: KioskSettings())
        let consent = try owners.consent(sessionID: session.id, purposes: [.callback], hub: true, noticeHash: "h", pin: "2468")
        _ = try AdvisorRequests(database: database).add(.init(name: "Élodie Canari", phone: "+33612345678", topic: "website",
                                                              preferredTime: "morning"), ownerID: consent.ownerID, sessionID: session.id)
        let hub = ScriptedHub()
        hub.script([.success(HTTPReply(status: 500))])
        _ = sender(hub).attempt()
        #expect(String(decoding: hub.sent[0].body, as: UTF8.self).contains("Élodie Canari"))
        try owners.withdraw(ownerID: consent.ownerID)
        hub.script([.success(HTTPReply(status: 500))])
        _ = sender(hub).attempt()
        let resent = String(decoding: hub.sent[1].body, as: UTF8.self)
        #expect(hub.sent[1].headers["webhook-id"] == hub.sent[0].headers["webhook-id"])
        #expect(!resent.contains("Élodie") && !resent.contains("+33612345678") && !resent.contains("passportToken"),
                "the unsent batch lost its personal fields with the consent")
        hub.script([.success(ScriptedHub.ackAll(hub.sent[1].body)), .success(HTTPReply(status: 500))])
        _ = sender(hub).attempt()
        _ = sender(hub).attempt()
        #expect(String(decoding: hub.sent[3].body, as: UTF8.self).contains("consent.withdrawn"))
    }
}

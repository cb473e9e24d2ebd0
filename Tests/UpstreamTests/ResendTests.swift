import Foundation
import Kiosk
import Logging
import ReportOutbox
import ReportProtocol
import Storage
import Testing
import TestSupport
@testable import Upstream

@Suite("A batch sent again within the same second is never the same request (no 409 replay)", .ownThreads)
struct ResendTests {
    let directory = Scratch.root + "/vitrine-resend-\(UUID().uuidString)"
    let database: Database

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory + "/k.sqlite", migrations: KioskSchema.migrations)
    }

    private func sender(_ hub: ScriptedHub) -> Sender {
        let settings = UpstreamSettings(hubURL: "http://127.0.0.1:9", kioskID: "k1", secret: WebhookSecret.generate())
        return Sender(reader: OutboxReader(database: database), settings: settings, transport: hub, logger: Logger(label: "test"))
    }

    @Test func retriesAndRestartsSignWithALaterTimestamp() throws {
        _ = try VisitorSessions(database: database).start(language: .fr)
        let hub = ScriptedHub()
        hub.script([.success(HTTPReply(status: 503)), .success(HTTPReply(status: 503)), .success(HTTPReply(status: 503))])
        _ = sender(hub).attempt()
        _ = sender(hub).attempt()      // a restarted daemon: a new sender on the same database
        _ = sender(hub).attempt()
        let ids = Set(hub.sent.map { $0.headers["webhook-id"] })
        let stamps = hub.sent.compactMap { $0.headers["webhook-timestamp"].flatMap { Int64($0) } }
        #expect(ids.count == 1, "the same batch every time")
        #expect(stamps.count == 3 && Set(stamps).count == 3, "\(stamps)")
        #expect(stamps == stamps.sorted())
        #expect(abs((stamps.last ?? 0) - Int64(Date().timeIntervalSince1970)) <= 3)
    }

    @Test func anotherBatchInTheSameSecondKeepsTheClock() throws {
        let reader = OutboxReader(database: database)
        let now: Int64 = 1_800_000_000
        #expect(try reader.signingTime(batch: "msg_a", now: now) == now)
        #expect(try reader.signingTime(batch: "msg_a", now: now) == now + 1)
        #expect(try reader.signingTime(batch: "msg_b", now: now) == now)
        #expect(try reader.signingTime(batch: "msg_b", now: now + 5) == now + 5)
    }
}

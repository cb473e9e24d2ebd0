import Foundation
import JSON
import Kiosk
import ReportOutbox
import ReportProtocol
import Logging
import Storage
import TestSupport
import Testing
@testable import Upstream

@Suite("Dead letters: an unreadable outbox row never holds back the events behind it", .ownThreads)
struct DeadLetterTests {
    let directory = Scratch.root + "/vitrine-deadletters-\(UUID().uuidString)"
    let database: Database

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory + "/k.sqlite", migrations: KioskSchema.migrations)
    }

    private func visit() throws { _ = try VisitorSessions(database: database).start(language: .fr) }

    private func damageLatest(_ column: String, _ value: String) throws {
        try database.write { (connection) throws(StorageError) in try connection.execute("UPDATE outbox SET \(column) = ? WHERE seq = (SELECT max(seq) FROM outbox)", [.text(value)]) }
    }

    private func deadReasons() throws -> [String] {
        try database.read { (connection) throws(StorageError) in try connection.query("SELECT reason FROM outbox_dead_letters ORDER BY seq").compactMap { $0.string(0) } }
    }

    @Test func aDamagedRowGoesAsideWithItsReasonAndTheOthersAreSent() throws {
        try visit()
        try visit()
        try damageLatest("data", "{not json")
        try visit()
        try visit()
        try damageLatest("personal", "[1]")
        try visit()
        let reader = OutboxReader(database: database)
        let batch = try #require(try reader.nextBatch(maxEvents: 500, maxBytes: 262_144))
        #expect(batch.events.count == 3)
        #expect(try deadReasons() == ["data is not a JSON object", "personal fields are not a JSON object"])
        #expect(try reader.deadLetters() == 2)
        try reader.acknowledge(batch: batch.id, ids: batch.events.map(\.id))
        #expect(try reader.nextBatch(maxEvents: 500, maxBytes: 262_144) == nil)
    }

    /// The case that blocked delivery for ever: a batch already started whose only row became unreadable.
    @Test func aStartedBatchOfOnlyDamagedRowsIsSkipped() throws {
        try visit()
        let reader = OutboxReader(database: database)
        let first = try #require(try reader.nextBatch(maxEvents: 500, maxBytes: 262_144))
        try damageLatest("data", "")
        try visit()
        let next = try #require(try reader.nextBatch(maxEvents: 500, maxBytes: 262_144))
        #expect(next.id != first.id)
        #expect(next.events.count == 1)
        #expect(try reader.deadLetters() == 1)
    }

    @Test func theSenderKeepsDeliveringPastADamagedRow() throws {
        try visit()
        try damageLatest("data", "null")
        try visit()
        let hub = ScriptedHub()
        let settings = UpstreamSettings(hubURL: "http://127.0.0.1:9", kioskID: "k1", secret: WebhookSecret.generate())
        let sender = Sender(reader: OutboxReader(database: database), settings: settings, transport: hub, logger: Logger(label: "test"))
        hub.script([.success(HTTPReply(status: 200))])
        _ = sender.attempt()
        let sent = try #require(hub.sent.first)
        #expect(try JSON.decode(Report.self, from: sent.body).events.count == 1)
        hub.script([.success(ScriptedHub.ackAll(sent.body))])
        _ = sender.attempt()
        #expect(try Outbox(database: database).depth() == 0)
        #expect(try OutboxReader(database: database).deadLetters() == 1)
    }
}

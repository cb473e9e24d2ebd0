import Foundation
import Hub
import JSON
import Logging
import Onboarding
import ReportProtocol
import Storage
import TestSupport
import Time

/// A hub database with one registered kiosk, and signed reports built as a kiosk builds them.
final class HubFixture: Sendable {
    let directory: String
    let database: Database
    let ingest: Ingest
    let kiosk = "k1"
    let secret: WebhookSecret

    init() throws {
        directory = Scratch.root + "/vitrine-hub-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory + "/hub.sqlite", migrations: HubSchema.migrations)
        secret = try Kiosks(database: database).add(name: kiosk, now: Self.registered).secret
        ingest = Ingest(database: database, logger: Logger(label: "test"))
    }

    deinit {
        database.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// When the fixtures' kiosks were registered: long ago, so the events they date in the
    /// past are believed (the hub moves events dated before registration to their receive time).
    static let registered = Timestamp(milliseconds: 1_600_000_000_000)

    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    static func event(_ type: String, _ data: [JSONField], id: String = UUID().uuidString) -> ReportEvent {
        ReportEvent(id: id, type: type, at: Timestamp.now().rfc3339, data: .object(data))
    }

    static func body(_ events: [ReportEvent]) -> [UInt8] { try! JSON.encode(Report(events: events)) }

    /// Sends `body` signed now (or with the given parts), as batch `batch`.
    @discardableResult
    func send(_ body: [UInt8], batch: String = "msg_\(UUID().uuidString)", timestamp: Int64? = nil,
              signature: String? = nil, kiosk: String? = nil) -> Result<Ingest.Outcome, HTTPErrorBox> {
        let time = timestamp ?? Timestamp.now().seconds
        let signed = signature ?? WebhookSignature.sign(secret, id: batch, timestamp: time, body: body)
        do {
            return .success(try ingest.receive(kiosk: kiosk ?? self.kiosk, webhookID: batch, timestamp: String(time),
                                               signature: signed, body: body))
        } catch {
            return .failure(HTTPErrorBox(status: error.status, code: error.code))
        }
    }

    func count(_ table: String) throws -> Int {
        try database.read { (connection) throws(StorageError) in try connection.query("SELECT count(*) FROM \(table)").first?.int(0) ?? -1 }
    }
}

struct HTTPErrorBox: Error, Equatable {
    let status: Int
    let code: String
}

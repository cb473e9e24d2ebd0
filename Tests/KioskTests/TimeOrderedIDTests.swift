import Foundation
import Kiosk
import Storage
import TestSupport
import Testing
import Time

/// The hub indexes events by id and by session: ids made later must sort later (UUIDv7), so
/// its ingest appends instead of writing a random page per event and index.
@Suite("Sessions and reported events get time-ordered ids", .ownThreads)
struct TimeOrderedIDTests {
    @Test func sessionAndItsEventsCarryTheirTime() throws {
        let directory = Scratch.root + "/vitrine-ids-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = try Database.open(path: directory + "/v.sqlite", migrations: KioskSchema.migrations)
        defer { database.close() }
        let sessions = VisitorSessions(database: database)
        let first = Timestamp(milliseconds: 1_800_000_000_000)
        let earlier = try sessions.start(language: .fr, now: first)
        let later = try sessions.start(language: .en, now: first.adding(seconds: 1))
        let hex = String(first.milliseconds, radix: 16)
        let timePrefix = String((String(repeating: "0", count: 12 - hex.count) + hex).prefix(8))
        #expect(earlier.id.hasPrefix(timePrefix))
        #expect(Array(earlier.id)[14] == "7")
        #expect(earlier.id < later.id)
        let events = try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT id FROM outbox ORDER BY rowid", as: "ids") { $0.string(0) }
        }
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.hasPrefix(timePrefix) && Array($0)[14] == "7" })
        #expect(events == events.sorted())
    }
}

import Foundation
import Kiosk
import Storage
import TestSupport
import Testing
import Time

@Suite("Visitor sessions end by themselves after the idle time and its countdown", .ownThreads)
struct SessionExpiryTests {
    @Test func untouchedSessionEndsTouchedOneLives() throws {
        let directory = Scratch.root + "/vitrine-expiry-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = try Database.open(path: directory + "/v.sqlite", migrations: KioskSchema.migrations)
        defer { database.close() }
        var settings = KioskSettings()
        settings.idleSeconds = 60
        settings.countdownSeconds = 20
        let sessions = VisitorSessions(database: database, settings: settings)
        let start = Timestamp(seconds: 1_800_000_000)
        let session = try sessions.start(language: .fr, now: start)
        #expect(try sessions.touch(session.id, now: start.adding(seconds: 80))?.active == true)
        // 80 s after the last touch plus the 5 s grace, it is over.
        #expect(try sessions.touch(session.id, now: start.adding(seconds: 166)) == nil)
        let ended = try #require(try sessions.find(session.id, now: start.adding(seconds: 200)))
        #expect(ended.active == false)
        #expect(ended.endedAt == start.adding(seconds: 165))
    }
}

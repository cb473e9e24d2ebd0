import Foundation
import TestSupport
import Testing

@Suite("Kiosk → hub on loopback, real processes", .serialized, .ownThreads)
struct UpstreamEndToEndTests {
    /// Every visit's event, exactly once: the hub's visit.started sessions are the kiosk's sessions.
    func expectExactlyOnce(_ pair: KioskHubPair) throws {
        let kioskSessions = try pair.column(pair.kioskDatabase, "SELECT id FROM visitor_sessions ORDER BY id")
        let hubSessions = try pair.column(pair.hubDatabase,
            "SELECT json_extract(data, '$.session') FROM events WHERE type = 'visit.started' ORDER BY 1")
        #expect(!kioskSessions.isEmpty)
        #expect(hubSessions == kioskSessions, "\(hubSessions.count) at the hub for \(kioskSessions.count) on the kiosk")
        #expect(try pair.column(pair.kioskDatabase, "PRAGMA integrity_check") == ["ok"])
    }

    @Test func reportsWaitWhileTheHubIsDownThenAllArrive() throws {
        let pair = try KioskHubPair()
        try pair.startKiosk()
        for _ in 0..<20 { #expect(pair.visit()) }
        usleep(2_500_000)
        #expect(try pair.column(pair.kioskDatabase, "SELECT count(*) FROM outbox") == ["20"])
        #expect(try pair.column(pair.kioskDatabase, "SELECT last_error IS NOT NULL FROM upstream_status") == ["1"])
        try pair.startHub()
        #expect(try pair.drained(within: 15))
        try expectExactlyOnce(pair)
        pair.stopKiosk()
        pair.stopHub()
    }

    @Test func killedWhileSendingFiftyTimesNothingLostNothingTwice() throws {
        let pair = try KioskHubPair()
        try pair.startHub()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            try pair.startKiosk()
            for _ in 0..<Int.random(in: 1...6, using: &generator) { pair.visit() }
            usleep(UInt32.random(in: 0...80_000, using: &generator))
            pair.killKiosk()
        }
        try pair.startKiosk()
        #expect(try pair.drained(within: 30))
        try expectExactlyOnce(pair)
        pair.stopKiosk()
        pair.stopHub()
    }
}

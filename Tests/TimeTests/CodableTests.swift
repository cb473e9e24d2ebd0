import Foundation
import Testing
import Time

/// The tests use Foundation's coders (tests may link it) to check the conformance any coder sees.
@Suite("Timestamp as Codable")
struct CodableTests {
    private struct Stamped: Codable, Equatable {
        let at: Timestamp
    }

    @Test("written and read as an RFC 3339 string")
    func roundTrip() throws {
        let stamped = Stamped(at: Timestamp(milliseconds: 1_795_438_075_123))
        let data = try JSONEncoder().encode(stamped)
        #expect(String(decoding: data, as: UTF8.self) == #"{"at":"2026-11-23T12:47:55.123Z"}"#)
        #expect(try JSONDecoder().decode(Stamped.self, from: data) == stamped)
    }

    @Test("a string that is not RFC 3339 is refused with a message saying what is expected")
    func refusal() {
        do {
            _ = try JSONDecoder().decode(Stamped.self, from: Data(#"{"at":"23/11/2026"}"#.utf8))
            Issue.record("decoded")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "must be an RFC 3339 date-time such as 2026-11-23T12:47:55Z")
            #expect(context.codingPath.map(\.stringValue) == ["at"])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a moment RFC 3339 cannot write is refused rather than written badly")
    func unwritable() {
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(Stamped(at: Timestamp(seconds: -62_167_219_201))) }
    }
}

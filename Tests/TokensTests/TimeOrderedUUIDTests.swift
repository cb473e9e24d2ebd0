import Foundation
import Testing
import Tokens

@Suite("Time-ordered (version 7) UUIDs")
struct TimeOrderedUUIDTests {
    @Test func carriesItsMillisecondsVersionAndVariant() {
        // 2026-12-02T16:00:00.123Z
        let id = TimeOrderedUUID.make(milliseconds: 1_796_227_200_123)
        #expect(RandomUUID.isValid(id))
        #expect(UUID(uuidString: id) != nil)
        #expect(String(id.prefix(13)).replacingOccurrences(of: "-", with: "") == String(1_796_227_200_123, radix: 16).leftPadded(to: 12))
        #expect(Array(id)[14] == "7")
        #expect("89ab".contains(Array(id)[19]))
        #expect(id == id.lowercased())
    }

    @Test func laterIdsSortLaterAndIdsNeverRepeat() {
        let ids = (0..<1000).map { TimeOrderedUUID.make(milliseconds: 1_796_227_200_000 + Int64($0)) }
        #expect(ids == ids.sorted())
        let sameMillisecond = (0..<1000).map { _ in TimeOrderedUUID.make(milliseconds: 1_796_227_200_000) }
        #expect(Set(sameMillisecond).count == 1000)
    }

    @Test func timesOutsideTheFormatAreClamped() {
        #expect(TimeOrderedUUID.make(milliseconds: -5).hasPrefix("00000000-0000-7"))
        #expect(TimeOrderedUUID.make(milliseconds: .max).hasPrefix("ffffffff-ffff-7"))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

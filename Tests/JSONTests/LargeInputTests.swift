import JSON
import Testing

/// Guards against quadratic work: at these sizes a quadratic step (a linear search per key, a
/// copy per element) would take minutes, while linear work takes well under a second even in a
/// debug build.
@Suite("Large inputs")
struct LargeInputTests {
    private static let count = 50_000

    @Test("an object with many keys parses, refuses a late duplicate and decodes as a dictionary")
    func manyKeys() throws {
        let members = (0..<Self.count).map { "\"key\($0)\":\($0)" }
        let text = "{" + members.joined(separator: ",") + "}"
        let decoded = try JSON.decode([String: Int].self, from: Array(text.utf8))
        #expect(decoded.count == Self.count && decoded["key49999"] == 49_999)
        let duplicated = "{" + members.joined(separator: ",") + ",\"key0\":1}"
        #expect(throws: JSONSyntaxError(line: 1, column: duplicated.utf8.count - 8, reason: "field 'key0' appears twice")) {
            try JSON.parse(Array(duplicated.utf8))
        }
    }

    @Test("a long array of small objects round-trips")
    func longArray() throws {
        struct Event: Codable, Equatable {
            let id: Int
            let type: String
        }
        let events = (0..<Self.count).map { Event(id: $0, type: "visit") }
        #expect(try JSON.decode([Event].self, from: JSON.encode(events)) == events)
    }
}

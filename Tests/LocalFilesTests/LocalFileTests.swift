import Foundation
import LocalFiles
import TestSupport
import Testing

@Suite("Reading whole files without Foundation")
struct LocalFileTests {
    @Test func readsRefusesAndBounds() throws {
        let path = Scratch.root + "/vitrine-file-\(UUID().uuidString)"
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(LocalFile.read(path) == bytes)
        #expect(LocalFile.read(path, limit: 100_000) == nil)
        #expect(LocalFile.read(path + "-missing") == nil)
        #expect(LocalFile.read(NSTemporaryDirectory()) == nil)
    }
}

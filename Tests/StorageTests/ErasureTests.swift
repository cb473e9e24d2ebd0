import Foundation
@testable import Storage
import Testing
import TestSupport

@Suite("Erased values leave the raw database files", .ownThreads)
struct ErasureTests {
    private let canary = "Quirinalde Effacetout +33647291853"

    private func rawFilesHold(_ text: String, _ path: String) throws -> Bool {
        let needle = Array(text.utf8)
        return try [path, path + "-wal"].filter(fileExists).contains { file in
            let bytes = try contents(of: file)
            return bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
        }
    }

    private func seeded(_ directory: String, busyTimeout: Int = 5000) throws -> (Database, String) {
        let path = directory + "/db.sqlite"
        let database = try Database.open(path: path, migrations: Fixture.migrations, busyTimeoutMilliseconds: busyTimeout)
        for index in 0..<200 { try database.insertNote("ordinary note \(index)") }
        try database.insertNote(canary)
        try database.write { (connection) throws(StorageError) in try connection.execute("UPDATE notes SET tag = ? WHERE body = ?", [.text("x " + canary), .text(canary)]) }
        try database.checkpoint()           // the canary now in the main file too
        try database.insertNote("after " + canary)  // and in the WAL
        return (database, path)
    }

    @Test func secureDeleteIsOnForTheWriter() throws {
        try withTemporaryDirectory { directory in
            let (database, _) = try seeded(directory)
            defer { database.close() }
            let mode = try database.write { (connection) throws(StorageError) in try connection.query("PRAGMA secure_delete").first?.int64(0) }
            #expect(mode == 1)
        }
    }

    @Test func anErasureLeavesNoByteInTheFileOrTheWAL() throws {
        try withTemporaryDirectory { directory in
            let (database, path) = try seeded(directory)
            defer { database.close() }
            #expect(try rawFilesHold(canary, path))
            try database.erase { (connection) throws(StorageError) in try connection.execute("DELETE FROM notes WHERE body LIKE ?", [.text("%" + canary)]) }
            let held = try rawFilesHold(canary, path) || rawFilesHold("Effacetout", path)
            #expect(!held)
            #expect(try database.integer("SELECT count(*) FROM notes") == 200)
        }
    }

    @Test func aPlainWriteLeavesTheOldFramesWhichIsWhyEraseCheckpoints() throws {
        try withTemporaryDirectory { directory in
            let (database, path) = try seeded(directory)
            defer { database.close() }
            try database.write { (connection) throws(StorageError) in try connection.execute("DELETE FROM notes WHERE body LIKE ?", [.text("%" + canary)]) }
            #expect(try rawFilesHold(canary, path), "the WAL's older frames still hold it until a checkpoint")
        }
    }

    @Test func aReaderDelaysTheCheckpointOnlyUntilThePeriodicRetry() throws {
        try withTemporaryDirectory { directory in
            let (database, path) = try seeded(directory, busyTimeout: 100)
            defer { database.close() }
            database.startPeriodicCheckpoints(intervalSeconds: 3600)
            try database.read { (connection) throws(StorageError) in
                _ = try connection.query("SELECT count(*) FROM notes")   // holds a snapshot
                try database.erase { (connection) throws(StorageError) in try connection.execute("DELETE FROM notes WHERE body LIKE ?", [.text("%" + canary)]) }
            }
            let pending = database.erasurePending.load(ordering: .relaxed)
            #expect(pending)
            let deadline = Date().addingTimeInterval(3)
            while try rawFilesHold(canary, path), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
            let held = try rawFilesHold(canary, path)
            #expect(!held)
            let stillPending = database.erasurePending.load(ordering: .relaxed)
            #expect(!stillPending)
        }
    }
}

import Foundation
import Storage
import Synchronization
import TestSupport
import Testing

@Suite("Online backup", .ownThreads)
struct BackupTests {
    /// Keeps committing pairs of rows (one transaction each) on its own thread until stopped.
    final class BackgroundWriter: Sendable {
        private let stopped = Atomic(false)
        private let finished = Mutex<(any Error)?>(nil)
        private let done = DispatchSemaphore(value: 0)

        init(_ database: Database) {
            Thread.detachNewThread { [self] in
                var pair = 0
                do {
                    while !stopped.load(ordering: .relaxed) {
                        pair += 1
                        try database.write { (connection) throws(StorageError) in
                            for _ in 0..<2 {
                                try connection.execute("INSERT INTO notes (body, tag) VALUES ('during backup', ?)",
                                                       [.text("pair \(pair)")])
                            }
                        }
                    }
                } catch {
                    finished.withLock { $0 = error }
                }
                done.signal()
            }
        }

        func stop() throws {
            stopped.store(true, ordering: .relaxed)
            done.wait()
            if let error = finished.withLock({ $0 }) { throw error }
        }
    }

    @Test func aBackupTakenWhileWritingIsOneSoundSnapshot() throws {
        try withTemporaryDirectory { directory throws in
            let database = try Database.open(path: directory + "/db.sqlite", migrations: Fixture.migrations)
            defer { database.close() }
            try database.write { (connection) throws(StorageError) in
                for index in 0..<10_000 {
                    try connection.execute("INSERT INTO notes (body) VALUES (?)", [.text("before the backup, note \(index) " + String(repeating: "x", count: 100))])
                }
            }
            let writer = BackgroundWriter(database)
            usleep(20_000)
            let committedBefore = try #require(try database.integer("SELECT max(id) FROM notes"))
            var steps: [(done: Int, total: Int)] = []
            var countAtFirstStep: Int64 = 0
            var countAtLastStep: Int64 = 0
            let copy = directory + "/copy.sqlite"
            try database.backup(to: copy) { done, total in
                if steps.isEmpty { countAtFirstStep = notes(in: database) }
                steps.append((done, total))
                // Still inside the backup's snapshot: make sure the writer has committed meanwhile.
                if done == total { countAtLastStep = waitForMoreNotes(than: countAtFirstStep, in: database) }
            }
            try writer.stop()

            #expect(steps.count >= 3)
            #expect(steps.last.map { $0.done == $0.total } == true)
            #expect(!fileExists(copy + ".partial") && !fileExists(copy + "-wal"))
            #expect(try contents(of: copy)[18...19] == [1, 1]) // a rollback-journal file: stands alone
            #expect(try Database.integrityCheck(path: copy) == ["ok"])

            let restored = try Database.open(path: copy, migrations: Fixture.migrations)
            defer { restored.close() }
            #expect(try restored.integer("SELECT count(*) FROM notes WHERE id <= ?", [.integer(committedBefore)]) == committedBefore)
            #expect(try restored.integer("""
                SELECT count(*) FROM (SELECT tag FROM notes WHERE tag IS NOT NULL GROUP BY tag HAVING count(*) != 2)
                """) == 0)
            // A snapshot from the start: what was committed during the copy did not make it in.
            let copied = try #require(try restored.integer("SELECT count(*) FROM notes"))
            #expect(countAtFirstStep < countAtLastStep)
            #expect(copied <= countAtFirstStep)
        }
    }

    private func notes(in database: Database) -> Int64 {
        (try? database.integer("SELECT count(*) FROM notes")) ?? 0
    }

    private func waitForMoreNotes(than count: Int64, in database: Database) -> Int64 {
        for _ in 0..<500 {
            let now = notes(in: database)
            if now > count { return now }
            usleep(10_000)
        }
        return count
    }

    @Test func anExistingDestinationIsNeverOverwritten() throws {
        try withTemporaryDirectory { directory throws in
            let database = try Database.open(path: directory + "/db.sqlite", migrations: Fixture.migrations)
            defer { database.close() }
            let destination = directory + "/precious"
            let original = Array("do not overwrite me\n".utf8)
            try write(original, to: destination)
            #expect(throws: StorageError.destinationExists(path: destination)) {
                try database.backup(to: destination) { _, _ in }
            }
            #expect(try contents(of: destination) == original)
            #expect(!fileExists(destination + ".partial"))
        }
    }

    @Test func aFailedBackupLeavesNoPartialFile() throws {
        try withTemporaryDirectory { directory throws in
            let database = try Database.open(path: directory + "/db.sqlite", migrations: Fixture.migrations)
            defer { database.close() }
            let destination = directory + "/missing-directory/copy.sqlite"
            #expect(throws: StorageError.self) { try database.backup(to: destination) { _, _ in } }
            #expect(!fileExists(destination + ".partial") && !fileExists(destination))
        }
    }

    @Test func aFileCanBeBackedUpAndCheckedByPathWhileItsDatabaseIsOpen() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            let database = try Database.open(path: path, migrations: Fixture.migrations)
            defer { database.close() }
            try database.insertNote("kept in the WAL, not yet checkpointed")
            #expect(try Database.integrityCheck(path: path) == ["ok"])
            let copy = directory + "/copy.sqlite"
            try Database.backup(from: path, to: copy) { _, _ in }
            let restored = try Database.open(path: copy, migrations: Fixture.migrations)
            defer { restored.close() }
            #expect(try restored.integer("SELECT count(*) FROM notes") == 1)
            #expect(throws: StorageError.fileSystem(path: directory + "/absent", operation: "open", errno: ENOENT)) {
                _ = try Database.integrityCheck(path: directory + "/absent")
            }
        }
    }
}

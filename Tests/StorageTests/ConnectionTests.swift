import Foundation
import Synchronization
@testable import Storage
import Testing

@Suite("Connections, statements and transactions")
struct ConnectionTests {
    private func withDatabase(_ body: (Database) throws -> Void) throws {
        try withTemporaryDirectory { directory throws in
            let database = try Database.open(path: directory + "/db.sqlite", migrations: Fixture.migrations)
            defer { database.close() }
            try body(database)
        }
    }

    @Test func thePragmasCrashSafetyReliesOnAreInEffect() throws {
        try withDatabase { database throws in
            try database.write { (connection) throws(StorageError) in
                #expect(try connection.query("PRAGMA journal_mode").first?.string(0) == "wal")
                #expect(try connection.query("PRAGMA synchronous").first?.int64(0) == 2)
                #expect(try connection.query("PRAGMA foreign_keys").first?.int64(0) == 1)
                #expect(try connection.query("PRAGMA busy_timeout").first?.int64(0) == 5000)
                #expect(try connection.query("PRAGMA journal_size_limit").first?.int64(0) == 4 * 1024 * 1024)
            }
            try database.read { (connection) throws(StorageError) in
                #expect(try connection.query("PRAGMA journal_mode").first?.string(0) == "wal")
                #expect(try connection.query("PRAGMA wal_autocheckpoint").first?.int64(0) == 0)
                #expect(try connection.query("PRAGMA foreign_keys").first?.int64(0) == 1)
            }
        }
    }

    @Test func theSameSQLReusesOneCompiledStatement() throws {
        try withDatabase { database throws in
            try database.write { (connection) throws(StorageError) in
                let cachedBefore = connection.cachedStatementCount
                for index in 0..<500 {
                    try connection.execute("INSERT INTO notes (body) VALUES (?)", [.text("note \(index)")])
                }
                #expect(connection.cachedStatementCount == cachedBefore + 1)
                #expect(connection.lastInsertRowID == 500)
            }
            #expect(try database.integer("SELECT count(*) FROM notes") == 500)
            #expect(try database.read { (connection) throws(StorageError) in try connection.query("SELECT body FROM notes WHERE id = ?", [.integer(42)]) }
                .first?.string("body") == "note 41")
        }
    }

    @Test func everyStorageClassRoundTrips() throws {
        let values: [SQLValue] = [.null, .integer(.max), .integer(.min), .real(-0.5), .text(""), .text("café ☕︎"),
                                  .text("nul\0inside"), .blob([]), .blob([0, 1, 255])]
        try withDatabase { database throws in
            let stored = try database.write { (connection) throws(StorageError) in
                try connection.execute("CREATE TABLE samples (position INTEGER PRIMARY KEY, value ANY) STRICT")
                for (position, value) in values.enumerated() {
                    try connection.execute("INSERT INTO samples VALUES (?, ?)", [.integer(Int64(position)), value])
                }
                return try connection.query("SELECT value FROM samples ORDER BY position").map { $0.values[0] }
            }
            #expect(stored == values)
        }
    }

    @Test func rowsAnswerByIndexAndByNameAndNeverTrapOnInput() throws {
        try withDatabase { database throws in
            try database.insertNote("hello")
            let row = try #require(try database.read { (connection) throws(StorageError) in try connection.query("SELECT id, body AS text, tag FROM notes") }.first)
            #expect(row.columnNames == ["id", "text", "tag"])
            #expect(row.int64("id") == 1 && row.int(0) == 1 && row.double(0) == 1)
            #expect(row.string("text") == "hello" && row.string(1) == "hello")
            #expect(row.value("tag") == .null && row.string("tag") == nil)
            #expect(row.string("missing") == nil && row.value(7) == nil && row.int64(1) == nil)
        }
    }

    @Test func aThrowingClosureRollsBackEverythingItWrote() throws {
        try withDatabase { database throws in
            let abandon = StorageError.unreadableRow(path: database.path, what: "notes", row: 0)
            #expect(throws: abandon) {
                try database.write { (connection) throws(StorageError) in
                    try connection.execute("INSERT INTO notes (body) VALUES ('a')")
                    throw abandon
                }
            }
            let error = #expect(throws: StorageError.self) {
                try database.write { (connection) throws(StorageError) in
                    try connection.execute("INSERT INTO notes (body) VALUES ('b')")
                    try connection.execute("INSERT INTO notes (id, body) VALUES (1, 'clash')")
                }
            }
            guard case .sqlite(_, let code, let message) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(code == 1555) // SQLITE_CONSTRAINT_PRIMARYKEY: the extended code survives.
            #expect(message.contains("UNIQUE constraint failed: notes.id"))
            #expect(try database.integer("SELECT count(*) FROM notes") == 0)
            try database.insertNote("the writer is still usable")
            #expect(try database.integer("SELECT count(*) FROM notes") == 1)
        }
    }

    @Test func readersSeeOnlyCommittedDataFromOneSnapshot() throws {
        try withDatabase { database throws in
            try database.write { (connection) throws(StorageError) in
                try connection.execute("INSERT INTO notes (body) VALUES ('pending')")
                #expect(try database.integer("SELECT count(*) FROM notes") == 0)
            }
            #expect(try database.integer("SELECT count(*) FROM notes") == 1)
            try database.read { (connection) throws(StorageError) in
                let before = try connection.query("SELECT count(*) FROM notes").first?.int64(0)
                try database.insertNote("committed meanwhile")
                let after = try connection.query("SELECT count(*) FROM notes").first?.int64(0)
                #expect(after == before)
            }
            #expect(try database.integer("SELECT count(*) FROM notes") == 2)
        }
    }

    @Test func readersCannotWriteAndExecuteTakesOneStatement() throws {
        try withDatabase { database throws in
            let readOnly = #expect(throws: StorageError.self) {
                try database.read { (connection) throws(StorageError) in try connection.execute("INSERT INTO notes (body) VALUES ('no')") }
            }
            guard case .sqlite(_, let code, _) = readOnly else {
                Issue.record("unexpected \(String(describing: readOnly))")
                return
            }
            #expect(code & 0xFF == 8) // SQLITE_READONLY
            let twoStatements = #expect(throws: StorageError.self) {
                try database.write { (connection) throws(StorageError) in try connection.execute("INSERT INTO notes (body) VALUES ('a'); DELETE FROM notes") }
            }
            guard case .sqlite(_, 21, _) = twoStatements else { // SQLITE_MISUSE
                Issue.record("unexpected \(String(describing: twoStatements))")
                return
            }
            #expect(throws: StorageError.self) {
                try database.write { (connection) throws(StorageError) in try connection.execute("INSERT INTO notes (body) VALUES (?)", []) }
            }
            #expect(try database.integer("SELECT count(*) FROM notes") == 0)
        }
    }

    @Test func manyThreadsWriteAndReadAtOnce() throws {
        try withDatabase { database throws in
            let failures = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: 4) { thread in
                for index in 0..<50 {
                    do {
                        try database.insertNote("thread \(thread) note \(index)")
                        _ = try database.integer("SELECT count(*) FROM notes")
                    } catch {
                        failures.withLock { $0 += 1 }
                    }
                }
            }
            #expect(failures.withLock { $0 } == 0)
            #expect(try database.integer("SELECT count(*) FROM notes") == 200)
            #expect(try database.integrityCheck() == ["ok"])
        }
    }

    @Test func checkpointEmptiesTheWAL() throws {
        try withDatabase { database throws in
            for index in 0..<50 { try database.insertNote("note \(index)") }
            #expect(try FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? Int ?? 0 > 0)
            #expect(try database.checkpoint())
            #expect(try FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? Int == 0)
            #expect(try database.integer("SELECT count(*) FROM notes") == 50)
        }
    }

    @Test func closingTwiceIsHarmlessAndLaterCallsAreRefused() throws {
        try withDatabase { database throws in
            database.close()
            database.close()
            #expect(throws: StorageError.closed(path: database.path)) { try database.insertNote("late") }
            #expect(throws: StorageError.closed(path: database.path)) { _ = try database.integer("SELECT 1") }
            #expect(throws: StorageError.closed(path: database.path)) { try database.checkpoint() }
        }
    }
}

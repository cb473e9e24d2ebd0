import Foundation
import Storage
import Testing

@Suite("Rows that cannot be read are errors, counted, never dropped unnoticed")
struct UnreadableRowTests {
    private func withNotes(_ body: (Database) throws -> Void) throws {
        try withTemporaryDirectory { directory throws in
            let database = try Database.open(path: directory + "/db.sqlite", migrations: Fixture.migrations)
            defer { database.close() }
            try database.insertNote("first")
            try database.write { (connection) throws(StorageError) in
                try connection.execute("INSERT INTO notes (body, tag) VALUES ('second', 'x')")
            }
            try database.insertNote("third")
            try body(database)
        }
    }

    /// Reads a note's tag; notes without one are what this reader cannot map.
    private static func tag(_ row: Row) -> String? { row.string(0) }

    @Test func aRowTheMappingRefusesIsThrownNamingItsPlaceAndCounted() throws {
        try withNotes { database in
            let before = UnreadableRows.count
            #expect(throws: StorageError.unreadableRow(path: database.path, what: "note tags", row: 0)) {
                try database.read { (connection) throws(StorageError) in
                    try connection.query("SELECT tag FROM notes ORDER BY id", as: "note tags", Self.tag)
                }
            }
            #expect(UnreadableRows.count >= before + 1)
            let description = StorageError.unreadableRow(path: "/x/db.sqlite", what: "note tags", row: 1).description
            #expect(description == "/x/db.sqlite: row 1 of note tags cannot be read (a column is missing or holds an unexpected type or value)")
        }
    }

    @Test func readableRowsComeBackInOrder() throws {
        try withNotes { database in
            let bodies = try database.read { (connection) throws(StorageError) in
                try connection.query("SELECT body FROM notes ORDER BY id", as: "note bodies") { $0.string(0) }
            }
            #expect(bodies == ["first", "second", "third"])
        }
    }

    @Test func aListThatSkipsReportsEachRowLeftOut() throws {
        try withNotes { database in
            let before = UnreadableRows.count
            var skipped: [StorageError] = []
            let tags = try database.read { (connection) throws(StorageError) in
                try connection.query("SELECT tag FROM notes ORDER BY id", as: "note tags", skipping: { skipped.append($0) }, Self.tag)
            }
            #expect(tags == ["x"])
            #expect(skipped == [.unreadableRow(path: database.path, what: "note tags", row: 0),
                                .unreadableRow(path: database.path, what: "note tags", row: 2)])
            #expect(UnreadableRows.count >= before + 2)
        }
    }
}

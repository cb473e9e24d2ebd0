import Foundation
import Storage
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test func anEmptyFileGetsEveryMigrationAndOurApplicationID() throws {
        try withTemporaryDirectory { directory throws in
            let database = try Database.open(path: directory + "/db.sqlite", migrations: Fixture.migrations)
            defer { database.close() }
            #expect(try database.integer("PRAGMA user_version") == 3)
            #expect(try database.integer("PRAGMA application_id") == 0x5649_5452)
            #expect(try database.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'notes_by_tag'") == 1)
            #expect(try database.integer("SELECT count(*) FROM tags WHERE name = 'default'") == 1)
        }
    }

    @Test(arguments: 0...3)
    func aDatabaseAtAnEarlierVersionIsBroughtUpToDateKeepingItsData(version: Int) throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            let old = try Database.open(path: path, migrations: Array(Fixture.migrations.prefix(version)))
            if version >= 1 { try old.insertNote("written at version \(version)") }
            old.close()

            let database = try Database.open(path: path, migrations: Fixture.migrations)
            defer { database.close() }
            #expect(try database.integer("PRAGMA user_version") == 3)
            #expect(try database.integer("SELECT count(*) FROM notes WHERE tag IS NULL") == (version >= 1 ? 1 : 0))
            #expect(try database.integer("SELECT count(*) FROM tags") == 1)
        }
    }

    @Test func aFailingMigrationIsRolledBackEntirely() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            let first = try Database.open(path: path, migrations: Array(Fixture.migrations.prefix(1)))
            try first.insertNote("kept")
            first.close()

            let broken = [Fixture.migrations[0],
                          Migration(version: 2, sql: "CREATE TABLE tags (name TEXT) STRICT; INSERT INTO missing VALUES (1);")]
            let error = #expect(throws: StorageError.self) { _ = try Database.open(path: path, migrations: broken) }
            guard case .migrationFailed(path, 2, let message) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(message.contains("no such table: missing"))

            let database = try Database.open(path: path, migrations: Array(Fixture.migrations.prefix(1)))
            defer { database.close() }
            #expect(try database.integer("PRAGMA user_version") == 1)
            #expect(try database.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'tags'") == 0)
            #expect(try database.integer("SELECT count(*) FROM notes") == 1)
        }
    }

    @Test func aDatabaseFromANewerVitrineIsRefusedAndLeftAlone() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            try Database.open(path: path, migrations: Fixture.migrations).close()
            let before = try contents(of: path)
            #expect(throws: StorageError.newerVersion(path: path, found: 3, newest: 2)) {
                _ = try Database.open(path: path, migrations: Array(Fixture.migrations.prefix(2)))
            }
            #expect(try contents(of: path) == before)
        }
    }

    @Test func aMigrationListWithAGapIsRefusedBeforeAnyFileIsTouched() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            let gap = [Fixture.migrations[0], Migration(version: 3, sql: "SELECT 1;")]
            #expect(throws: StorageError.invalidMigrations(reason: "entry 2 has version 3, expected 2")) {
                _ = try Database.open(path: path, migrations: gap)
            }
            #expect(!fileExists(path))
        }
    }
}

import Foundation
import Storage
import Synchronization
import Testing

/// Files that are not ours, or not sound, are refused and stay byte for byte as they were.
@Suite("Refusing files that are not ours or not sound")
struct RefusalTests {
    enum NotSQLite: String, CaseIterable, CustomTestStringConvertible {
        case textFile, randomBytes, tooShort

        var bytes: [UInt8] {
            switch self {
            case .textFile: Array("these are someone's notes, not a database\n".utf8)
            case .randomBytes: [0x42] + (1..<8192).map { _ in UInt8.random(in: 0...255) }
            case .tooShort: Array("SQLite fo".utf8)
            }
        }

        var testDescription: String { rawValue }
    }

    @Test(arguments: NotSQLite.allCases)
    func aFileThatIsNotSQLiteIsRefusedAndLeftAlone(kind: NotSQLite) throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            let original = kind.bytes
            try write(original, to: path)
            #expect(throws: StorageError.notADatabase(path: path)) {
                _ = try Database.open(path: path, migrations: Fixture.migrations)
            }
            #expect(try contents(of: path) == original)
            #expect(!fileExists(path + "-wal"))
        }
    }

    @Test func aSQLiteFileWithAnotherApplicationIDIsForeign() throws {
        try expectForeign(forging: "PRAGMA application_id = 42")
    }

    @Test func aSQLiteFileWithTablesButNoIDNorVersionIsForeign() throws {
        try expectForeign(forging: "PRAGMA application_id = 0", "PRAGMA user_version = 0")
    }

    /// Makes a database, rewrites its header fields as another program would have them, then
    /// checks it is refused untouched.
    private func expectForeign(forging statements: String...) throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            let database = try Database.open(path: path, migrations: Fixture.migrations)
            try database.insertNote("someone else's")
            try database.write { (connection) throws(StorageError) in
                for statement in statements { try connection.execute(statement) }
            }
            database.close()
            let before = try contents(of: path)
            let error = #expect(throws: StorageError.self) {
                _ = try Database.open(path: path, migrations: Fixture.migrations)
            }
            guard case .foreign(path, _) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(try contents(of: path) == before)
        }
    }

    /// Where garbage lands in the fifth page (a leaf of `notes`), well past the file header.
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case cellPointers, wholePage

        var range: Range<Int> { self == .cellPointers ? 8..<64 : 0..<4096 }
        var testDescription: String { rawValue }
    }

    /// Opening reads the header and the schema only (a start costs the same whatever the size):
    /// damage inside a data page is found by the full check on demand, with SQLite's report.
    @Test(arguments: Damage.allCases)
    func aDamagedDataPageIsFoundByTheIntegrityCheckNotAtOpening(damage: Damage) throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/db.sqlite"
            let database = try Database.open(path: path, migrations: Fixture.migrations)
            try database.write { (connection) throws(StorageError) in
                for index in 0..<400 {
                    try connection.execute("INSERT INTO notes (body) VALUES (?)",
                                           [.text(String(repeating: "note \(index) ", count: 20))])
                }
            }
            database.close()

            var bytes = try contents(of: path)
            let page = 4 * 4096
            #expect(bytes.count >= page + 4096)
            let garbage = [0x42] + (1..<damage.range.count).map { _ in UInt8.random(in: 0...255) }
            bytes.replaceSubrange(page + damage.range.lowerBound..<page + damage.range.upperBound, with: garbage)
            try write(bytes, to: path)

            let findings = try Database.integrityCheck(path: path)
            #expect(findings != ["ok"] && !findings.isEmpty)
            if damage == .cellPointers { #expect(findings.contains { $0.contains("page 5") }, "\(findings)") }
            let reopened = try Database.open(path: path, migrations: Fixture.migrations)
            defer { reopened.close() }
            #expect(reopened.integrityVerdict == .notChecked)
            #expect(try reopened.integrityCheck() != ["ok"])
            #expect(reopened.integrityVerdict == .damaged)
        }
    }

    @Test func theBackgroundCheckReportsASoundDatabase() throws {
        try withTemporaryDirectory { directory throws in
            let database = try Database.open(path: directory + "/db.sqlite", migrations: Fixture.migrations)
            defer { database.close() }
            try database.insertNote("fine")
            let reported = Mutex<[String]?>(nil)
            database.checkIntegrityInBackground { result in reported.withLock { $0 = try? result.get() } }
            for _ in 0..<500 where reported.withLock({ $0 }) == nil { usleep(10_000) }
            #expect(reported.withLock { $0 } == ["ok"] && database.integrityVerdict == .sound)
        }
    }

    @Test func errorsNameTheFileInOneLine() {
        let errors: [StorageError] = [
            .notADatabase(path: "/var/lib/vitrine/vitrine.sqlite"),
            .corrupt(path: "/var/lib/vitrine/vitrine.sqlite", report: ["a", "b"]),
            .newerVersion(path: "/var/lib/vitrine/vitrine.sqlite", found: 9, newest: 3),
            .sqlite(path: "/var/lib/vitrine/vitrine.sqlite", code: 1555, message: "UNIQUE constraint failed: notes.id"),
            .fileSystem(path: "/var/lib/vitrine/vitrine.sqlite", operation: "fsync", errno: EIO),
        ]
        for error in errors {
            #expect(error.description.contains("/var/lib/vitrine/vitrine.sqlite"))
            #expect(!error.description.contains("\n"))
        }
        #expect(errors[1].description.contains("a; b"))
    }
}

import Foundation
import Storage

/// A fresh directory for one test, removed afterwards (a closure, so it cannot vanish early).
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("vitrine-storage-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

func contents(of path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func fileExists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
}

/// A small schema in three steps, each changing something a later test can observe.
enum Fixture {
    static let migrations = [
        Migration(version: 1, sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;"),
        Migration(version: 2, sql: """
            ALTER TABLE notes ADD COLUMN tag TEXT;
            CREATE TABLE tags (name TEXT PRIMARY KEY) STRICT;
            """),
        Migration(version: 3, sql: """
            CREATE INDEX notes_by_tag ON notes (tag);
            INSERT INTO tags (name) VALUES ('default');
            """),
    ]
}

extension Database {
    func integer(_ sql: String, _ bindings: [SQLValue] = []) throws(StorageError) -> Int64? {
        try read { (connection) throws(StorageError) in try connection.query(sql, bindings).first?.int64(0) }
    }

    func insertNote(_ body: String) throws(StorageError) {
        try write { (connection) throws(StorageError) in try connection.execute("INSERT INTO notes (body) VALUES (?)", [.text(body)]) }
    }
}

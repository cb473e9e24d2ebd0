import Glibc
import Storage

/// The crash-safety test's child process: writes batches of rows until the test SIGKILLs it.
/// It prints "writing N" when batch N's transaction has begun and "committed N" once its COMMIT
/// has returned, so the test knows where each kill landed.
/// Usage: vitrine-crashloop DATABASE
enum CrashLoop {
    /// Must match `CrashSafetyTests.migrations`. Every row records the size of its batch, so the
    /// test can tell a whole batch from a torn one without sharing any other constant.
    static let migrations = [
        Migration(version: 1, sql: """
            CREATE TABLE batch_rows (
                batch INTEGER NOT NULL,
                item INTEGER NOT NULL,
                batch_size INTEGER NOT NULL,
                PRIMARY KEY (batch, item)
            ) STRICT;
            """),
    ]

    static func run(path: String) throws -> Never {
        let database = try Database.open(path: path, migrations: migrations)
        var batch = try database.read { (connection) throws(StorageError) in
            try connection.query("SELECT coalesce(max(batch), 0) FROM batch_rows").first?.int64(0) ?? 0
        }
        while true {
            batch += 1
            try commit(batch: batch, to: database)
            say("committed \(batch)\n", to: STDOUT_FILENO)
        }
    }

    /// One transaction of 3 to 8 rows, pausing between inserts so that a kill usually lands
    /// inside the transaction rather than between two.
    private static func commit(batch: Int64, to database: Database) throws {
        let size = Int64.random(in: 3...8)
        try database.write { (connection) throws(StorageError) in
            say("writing \(batch)\n", to: STDOUT_FILENO)
            for item in 0..<size {
                try connection.execute("INSERT INTO batch_rows (batch, item, batch_size) VALUES (?, ?, ?)",
                                       [.integer(batch), .integer(item), .integer(size)])
                usleep(UInt32.random(in: 200...1_500))
            }
        }
    }

    /// Unbuffered, so the parent sees every line written before the kill.
    static func say(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

guard CommandLine.arguments.count == 2 else {
    CrashLoop.say("usage: vitrine-crashloop DATABASE\n", to: STDERR_FILENO)
    exit(64)
}
do {
    try CrashLoop.run(path: CommandLine.arguments[1])
} catch {
    CrashLoop.say("vitrine-crashloop: \(error)\n", to: STDERR_FILENO)
    exit(1)
}

import Foundation
import Storage
import TestSupport
import Testing

/// A child process writes multi-row transactions and is SIGKILLed at random moments, mostly in
/// the middle of a transaction. After every kill, each batch it announced as committed must be
/// whole, no batch may be partial, and the file must pass integrity_check.
@Suite("Crash safety", .ownThreads)
struct CrashSafetyTests {
    /// Same schema as the child's (Tests/Support/CrashLoop/main.swift).
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

    static let cycles = 30

    /// Where the kills landed, for the summary line.
    struct Tally {
        var commits: [Int] = []
        var insideTransaction = 0
        var afterCommitBeforeAnnouncing = 0
        var betweenTransactions = 0
        var beforeFirstTransaction = 0
    }

    @Test func killingTheWriterLosesNoCommittedBatchAndLeavesNoPartialOne() throws {
        let executable = try CrashLoopChild.locate()
        try withTemporaryDirectory { directory throws in
            let path = directory + "/crash.sqlite"
            var announced: Set<Int64> = []
            var tally = Tally()
            for cycle in 1...Self.cycles {
                let run = try CrashLoopChild.runAndKill(executable, database: path, after: UInt32.random(in: 50_000...300_000))
                try #require(run.killed, "cycle \(cycle): the child ended on its own: \(run.errorOutput)")
                announced.formUnion(run.committed)
                let present = try verify(path, announced: announced, cycle: cycle)
                tally.record(run, present: present)
            }
            print("crash test: \(Self.cycles) kills; commits per cycle min \(tally.commits.min() ?? 0), "
                  + "median \(tally.commits.sorted()[Self.cycles / 2]), max \(tally.commits.max() ?? 0), "
                  + "total \(announced.count); kills inside a transaction \(tally.insideTransaction), "
                  + "between COMMIT and its announcement \(tally.afterCommitBeforeAnnouncing), "
                  + "between transactions \(tally.betweenTransactions), "
                  + "before the first transaction \(tally.beforeFirstTransaction)")
            #expect(tally.insideTransaction > 0)
        }
    }

    /// Opens the database as the daemon would after a power cut, checks it, and returns the
    /// batches found.
    private func verify(_ path: String, announced: Set<Int64>, cycle: Int) throws -> Set<Int64> {
        let database = try Database.open(path: path, migrations: Self.migrations)
        defer { database.close() }
        #expect(try database.integrityCheck() == ["ok"], "cycle \(cycle)")
        let batches = try database.read { (connection) throws(StorageError) in
            try connection.query("""
                SELECT batch, count(*), min(batch_size), max(batch_size), min(item), max(item)
                FROM batch_rows GROUP BY batch
                """)
        }
        var present: Set<Int64> = []
        for row in batches {
            let batch = row.int64(0) ?? -1
            present.insert(batch)
            let size = row.int64(2)
            let whole = size == row.int64(3) && size == row.int64(1) && row.int64(4) == 0 && row.int64(5) == size.map { $0 - 1 }
            #expect(whole, "cycle \(cycle): batch \(batch) is partial: \(row.values)")
        }
        let lost = announced.subtracting(present)
        #expect(lost.isEmpty, "cycle \(cycle): committed batches missing: \(lost.sorted())")
        #expect(present.subtracting(announced).count <= cycle, "at most one unannounced commit per kill")
        return present
    }
}

extension CrashSafetyTests.Tally {
    mutating func record(_ run: CrashLoopChild.Run, present: Set<Int64>) {
        commits.append(run.committed.count)
        guard let begun = run.lastBegun else {
            beforeFirstTransaction += 1
            return
        }
        if run.committed.last == begun {
            betweenTransactions += 1
        } else if present.contains(begun) {
            afterCommitBeforeAnnouncing += 1
        } else {
            insideTransaction += 1
        }
    }
}

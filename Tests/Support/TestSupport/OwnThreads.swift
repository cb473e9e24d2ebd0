// Swift Testing is only on the search path when tests are built; a plain `swift build` (the
// release build included) compiles this library without the trait, which nothing there uses.
#if canImport(Testing)
import Foundation
import Testing

/// Runs each test of a suite on a pool of threads of its own instead of Swift's cooperative
/// pool, which has one thread per core (two on the CI box). Tests that wait (for a child process,
/// a socket, a timer) would otherwise hold the pool's threads, and every other test in the run
/// would queue behind them: trivial tests then report tens of seconds.
public struct OwnThreads: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else { return try await function() }
        try await withTaskExecutorPreference(OwnThreadPool.shared) { try await function() }
    }
}

extension Trait where Self == OwnThreads {
    /// `@Suite(..., .ownThreads)`: see `OwnThreads`.
    public static var ownThreads: OwnThreads { OwnThreads() }
}

/// A task executor with a fixed set of threads of its own, beside Swift's pool: waiting in a
/// job blocks one of these threads only. Bounded, so tests that compute do not all run at once
/// on the machine's two cores (which would starve the timing-sensitive ones).
final class OwnThreadPool: TaskExecutor, @unchecked Sendable {
    static let shared = OwnThreadPool(threads: 8)

    private let condition = NSCondition()
    private var queue: [UnownedJob] = []

    init(threads: Int) {
        for _ in 0..<threads {
            let thread = Thread { [unowned self] in self.work() }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        queue.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let job = queue.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
#endif

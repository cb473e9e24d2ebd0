import Foundation
import Synchronization
import TestSupport
import Testing
@testable import vitrine

@Suite("The hub's maintenance thread stops before the database closes", .ownThreads)
struct PeriodicThreadTests {
    @Test func runsAtOnceThenStopWaitsForTheRunInProgress() throws {
        let runs = Atomic<Int>(0)
        let finished = Atomic<Bool>(false)
        let thread = PeriodicThread(every: 3600) {
            runs.add(1, ordering: .relaxed)
            usleep(300_000)
            finished.store(true, ordering: .releasing)
        }
        #expect(thread.start())
        while runs.load(ordering: .relaxed) == 0 { usleep(1000) }
        thread.stop()
        let done = finished.load(ordering: .acquiring)
        let count = runs.load(ordering: .relaxed)
        #expect(done, "stop returned only once the run in progress had finished")
        #expect(count == 1, "no run after stop")
    }
}

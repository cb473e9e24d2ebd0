import Testing
import Upstream

@Suite("Backoff: exponential, full jitter, capped; Retry-After honoured")
struct BackoffTests {
    @Test func theCeilingDoublesUpToTheCap() {
        var backoff = Backoff(baseSeconds: 1, capSeconds: 10)
        let ceilings = (0..<6).map { _ in backoff.failed(random: { 0.999_999 }) }
        #expect(ceilings.map { Int($0.rounded()) } == [1, 2, 4, 8, 10, 10])
        backoff.succeeded()
        #expect(backoff.failed(random: { 0.5 }) == 0.5)
    }

    @Test func fullJitterSpansZeroToTheCeiling() {
        var backoff = Backoff(baseSeconds: 2, capSeconds: 60)
        let waits = (0..<200).map { _ in
            var fresh = backoff
            return fresh.failed()
        }
        #expect(waits.allSatisfy { $0 >= 0 && $0 < 2 })
        #expect(Set(waits.map { Int($0 * 10) }).count > 10, "spread, not in step")
        _ = backoff.failed()
    }

    @Test func retryAfterWinsWhenLonger() {
        var backoff = Backoff(baseSeconds: 1, capSeconds: 30)
        #expect(backoff.failed(retryAfter: 20, random: { 0 }) == 20)
        #expect(backoff.failed(retryAfter: 1000, random: { 0 }) == 120, "bounded by four caps")
        #expect(Backoff.retryAfter("17") == 17 && Backoff.retryAfter("soon") == nil && Backoff.retryAfter(nil) == nil)
    }
}

import Tokens

/// How long to wait before the next attempt after a failure: exponential backoff with full
/// jitter (a uniformly random wait between 0 and min(cap, base × 2^failures)), so kiosks that lost
/// the hub together do not come back in step; a `Retry-After` from the hub wins when longer.
public struct Backoff: Sendable {
    public let baseSeconds: Double
    public let capSeconds: Double
    public private(set) var failures = 0

    public init(baseSeconds: Double = 1, capSeconds: Double) {
        self.baseSeconds = baseSeconds
        self.capSeconds = max(capSeconds, baseSeconds)
    }

    /// Counts a failure and returns the wait before the next attempt, in seconds.
    public mutating func failed(retryAfter: Double? = nil, random: () -> Double = Backoff.unitRandom) -> Double {
        let ceiling = min(capSeconds, baseSeconds * Double(1 << min(failures, 30)))
        failures += 1
        let wait = ceiling * random()
        return max(wait, min(retryAfter ?? 0, capSeconds * 4))
    }

    public mutating func succeeded() { failures = 0 }

    /// A uniform value in [0, 1) from the kernel's random source.
    public static func unitRandom() -> Double {
        let bytes = RandomBytes.make(8)
        let value = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } >> 11
        return Double(value) / Double(UInt64(1) << 53)
    }

    /// `Retry-After` as delta-seconds (what the hub sends); HTTP dates are not used by it.
    public static func retryAfter(_ header: String?) -> Double? {
        guard let header, let seconds = Int(header.filter { $0 != " " }), seconds >= 0 else { return nil }
        return Double(seconds)
    }
}

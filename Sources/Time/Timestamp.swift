/// A moment, in milliseconds since 1970-01-01T00:00:00Z: what the kiosk stores and sends
/// (Foundation's `Date` without Foundation, whose cost the daemon's memory budget cannot take).
///
/// Whole milliseconds in an `Int64`: exact in SQLite and JSON, where a `Double` of seconds would
/// round, and wide enough for any date anyone means. Leap seconds do not exist here, as in Unix time.
public struct Timestamp: Sendable, Hashable, Comparable {
    public let milliseconds: Int64

    /// From the stored form, e.g. an SQLite integer column.
    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// Saturates instead of trapping when `seconds` is beyond the representable range (about
    /// 292 million years), so a forged number from a header can never crash the daemon.
    public init(seconds: Int64) {
        milliseconds = saturatingProduct(seconds, 1000)
    }

    /// Whole seconds since 1970, rounded down (so a moment before 1970 is in the right second),
    /// as Unix timestamps in HTTP headers are.
    public var seconds: Int64 {
        floorDivision(milliseconds, by: 1000).quotient
    }

    /// The moment `seconds` later (earlier when negative), saturating like `init(seconds:)`.
    public func adding(seconds: Int64) -> Timestamp {
        Timestamp(milliseconds: saturatingSum(milliseconds, saturatingProduct(seconds, 1000)))
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }
}

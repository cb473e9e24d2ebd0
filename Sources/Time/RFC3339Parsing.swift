extension Timestamp {
    /// Reads an RFC 3339 date-time: `2026-11-23T12:47:55Z`, `2026-11-23T13:47:55.5+01:00`.
    ///
    /// Accepts `Z` or a `±hh:mm` offset, `T`/`Z` in either case (as RFC 3339 allows) and a
    /// fraction of any length, truncated to the millisecond. Refuses anything else, including
    /// dates that do not exist (February 30th, hour 24) and leap second 60, which Unix time
    /// has no room for: nil rather than a guess, since a wrong time would be stored for good.
    public init?(rfc3339 text: String) {
        var reader = DigitReader(text)
        guard let local = reader.dateTime(), let fraction = reader.fraction(), let offset = reader.offset(),
              reader.isAtEnd else { return nil }
        self.init(milliseconds: (local - offset) * 1000 + fraction)
    }
}

/// Reads the fixed-width fields of an RFC 3339 date-time, left to right.
private struct DigitReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { index == bytes.count }

    /// Seconds since 1970 of the date and time as written, before its offset is applied.
    mutating func dateTime() -> Int64? {
        guard let year = number(4), skip("-"), let month = number(2, in: 1...12), skip("-"),
              let day = number(2, in: 1...CivilCalendar.daysInMonth(month, year: year)),
              skip("T") || skip("t"),
              let hour = number(2, in: 0...23), skip(":"), let minute = number(2, in: 0...59), skip(":"),
              let second = number(2, in: 0...59) else { return nil }
        let days = CivilCalendar.dayNumber(year: year, month: month, day: day)
        return days * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Milliseconds of an optional `.digits` fraction (0 if absent), extra digits truncated.
    mutating func fraction() -> Int64? {
        guard skip(".") else { return 0 }
        var milliseconds: Int64 = 0
        var count = 0
        while let digit = digit() {
            if count < 3 { milliseconds = milliseconds * 10 + digit }
            count += 1
        }
        guard count > 0 else { return nil }
        return (0..<max(0, 3 - count)).reduce(milliseconds) { value, _ in value * 10 }
    }

    /// Seconds east of UTC: 0 for `Z`, else `±hh:mm`.
    mutating func offset() -> Int64? {
        if skip("Z") || skip("z") { return 0 }
        let sign: Int64
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(2, in: 0...23), skip(":"), let minutes = number(2, in: 0...59) else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    private mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    private mutating func digit() -> Int64? {
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
        index += 1
        return Int64(bytes[index - 1] - UInt8(ascii: "0"))
    }

    /// Exactly `width` digits, within `range`.
    private mutating func number(_ width: Int, in range: ClosedRange<Int64> = 0...Int64.max) -> Int64? {
        var value: Int64 = 0
        for _ in 0..<width {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return range.contains(value) ? value : nil
    }
}

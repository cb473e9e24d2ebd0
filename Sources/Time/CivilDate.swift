/// A calendar day without a time or zone: a shop's exceptional closure, "today" on its page.
///
/// Kept as a day number so "the day after" and "is this day inside that closure" are
/// arithmetic, whatever the month lengths and leap years.
public struct CivilDate: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    public let dayNumber: Int64

    public init(dayNumber: Int64) { self.dayNumber = dayNumber }

    /// `YYYY-MM-DD` (ISO 8601, as HTML date inputs and schema.org write it); nil for anything
    /// else, including dates that do not exist (2026-02-30).
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Int64(String(decoding: bytes[0..<4], as: UTF8.self)),
              let month = Int64(String(decoding: bytes[5..<7], as: UTF8.self)),
              let day = Int64(String(decoding: bytes[8..<10], as: UTF8.self)),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) }),
              (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(month, year: year) else { return nil }
        dayNumber = CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    public var year: Int { Int(CivilCalendar.date(dayNumber: dayNumber).year) }
    public var month: Int { Int(CivilCalendar.date(dayNumber: dayNumber).month) }
    public var day: Int { Int(CivilCalendar.date(dayNumber: dayNumber).day) }
    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int { Int(CivilCalendar.weekday(dayNumber: dayNumber)) }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (year, month, day) = CivilCalendar.date(dayNumber: dayNumber)
        return Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2)
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + Int64(days)) }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    private static func digits(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension CivilDateTime {
    /// The calendar day of this wall-clock time.
    public var date: CivilDate {
        CivilDate(dayNumber: CivilCalendar.dayNumber(year: Int64(year), month: Int64(month), day: Int64(day)))
    }

    /// Minutes since local midnight: what opening hours are compared with.
    public var minuteOfDay: Int { hour * 60 + minute }
}

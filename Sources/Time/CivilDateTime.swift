/// A moment as a wall clock in some zone shows it, for what people read: "open now", "opens at
/// 9:00 on Monday", a date on a poster.
public struct CivilDateTime: Sendable, Hashable {
    public let year: Int
    /// 1 = January … 12 = December.
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// 1 = Monday … 7 = Sunday (ISO 8601), as opening hours are written in France.
    public let weekday: Int

    /// The wall clock `milliseconds` after 1970-01-01T00:00 of a zone's local time.
    init(localMilliseconds: Int64) {
        let (days, millisecondOfDay) = floorDivision(localMilliseconds, by: 86_400_000)
        let date = CivilCalendar.date(dayNumber: days)
        let secondOfDay = millisecondOfDay / 1000
        year = Int(date.year)
        month = Int(date.month)
        day = Int(date.day)
        hour = Int(secondOfDay / 3600)
        minute = Int(secondOfDay % 3600 / 60)
        second = Int(secondOfDay % 60)
        weekday = Int(CivilCalendar.weekday(dayNumber: days))
    }
}

extension Timestamp {
    /// This moment on the wall clocks of `zone`.
    public func civil(in zone: TimeZoneRule) -> CivilDateTime {
        CivilDateTime(localMilliseconds: saturatingSum(milliseconds, zone.offset(at: self) * 1000))
    }
}

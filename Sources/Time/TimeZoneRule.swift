/// A time zone as a rule rather than a database: a standard offset from UTC, plus the EU's
/// summer time (one hour more from the last Sunday of March, 01:00 UTC, to the last Sunday of
/// October, 01:00 UTC), which is all a kiosk in France needs.
///
/// Pure arithmetic: no tzdata to install or keep up to date on the box. The summer-time rule is
/// the one in force since 1996 and is applied to every year, so instants before 1996 may be off.
public struct TimeZoneRule: Sendable, Hashable {
    /// Seconds east of UTC outside summer time.
    public let standardOffset: Int64
    /// Whether the EU summer-time rule applies.
    public let observesEUSummerTime: Bool

    /// Coordinated Universal Time: no offset, no summer time.
    public static let utc = TimeZoneRule(standardOffset: 0, observesEUSummerTime: false)
    /// Metropolitan France: UTC+1, UTC+2 in summer time.
    public static let paris = TimeZoneRule(standardOffset: 3600, observesEUSummerTime: true)

    /// Seconds east of UTC at `instant`.
    public func offset(at instant: Timestamp) -> Int64 {
        guard observesEUSummerTime else { return standardOffset }
        let year = CivilCalendar.date(dayNumber: floorDivision(instant.milliseconds, by: 86_400_000).quotient).year
        let start = Self.lastSundayOneAM(month: 3, year: year)
        let end = Self.lastSundayOneAM(month: 10, year: year)
        return (start..<end).contains(instant.milliseconds) ? standardOffset + 3600 : standardOffset
    }

    /// Milliseconds since 1970 of 01:00 UTC on the last Sunday of `month` (one with 31 days),
    /// saturated for years near the ends of the `Timestamp` range.
    private static func lastSundayOneAM(month: Int64, year: Int64) -> Int64 {
        let lastDay = CivilCalendar.dayNumber(year: year, month: month, day: 31)
        let lastSunday = lastDay - CivilCalendar.weekday(dayNumber: lastDay) % 7
        return saturatingSum(saturatingProduct(lastSunday, 86_400_000), 3_600_000)
    }
}

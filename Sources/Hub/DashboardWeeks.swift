import Time

/// Calendar weeks as the CCI counts them: Monday 00:00 to Monday 00:00, Paris time (summer
/// time included), turned into the instants events are stored with.
enum DashboardWeeks {
    struct Week: Equatable {
        let monday: CivilDate
        /// Milliseconds since 1970, from `start` included to `end` excluded.
        let start: Int64
        let end: Int64
    }

    /// The `count` weeks up to and including the one holding `now`, oldest first.
    static func last(_ count: Int, now: Timestamp) -> [Week] {
        let thisMonday = monday(of: now)
        return (0..<count).reversed().map { week(of: thisMonday.adding(days: -7 * $0)) }
    }

    static func week(of monday: CivilDate) -> Week {
        Week(monday: monday, start: midnight(monday), end: midnight(monday.adding(days: 7)))
    }

    /// The Monday of the week holding `instant`, in Paris.
    static func monday(of instant: Timestamp) -> CivilDate {
        let day = instant.civil(in: .paris).date
        return day.adding(days: 1 - day.weekday)
    }

    /// The instant of 00:00 in Paris on `day` (summer time never changes at midnight, so the
    /// offset an hour earlier is the offset of midnight).
    static func midnight(_ day: CivilDate) -> Int64 {
        let local = day.dayNumber * 86_400_000
        return local - TimeZoneRule.paris.offset(at: Timestamp(milliseconds: local - 3_600_000)) * 1000
    }
}

/// The proleptic Gregorian calendar as arithmetic on day numbers (days since 1970-01-01), so
/// dates need no table and no time-zone database.
///
/// Counting years from March makes February the last month of a year, so the leap day falls at
/// the end and every month's start is a fixed linear function of its index: (153 × m + 2) / 5.
/// Years come in 400-year eras of exactly 146,097 days.
enum CivilCalendar {
    private static let daysPerEra: Int64 = 146_097
    /// Days from 0000-03-01 to 1970-01-01.
    private static let epochShift: Int64 = 719_468

    /// The day number of `year-month-day`; the caller has checked that the date exists.
    static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = floorDivision(marchYear, by: 400)
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = era.remainder * 365 + era.remainder / 4 - era.remainder / 100 + dayOfYear
        return era.quotient * daysPerEra + dayOfEra - epochShift
    }

    /// The date of day number `days`.
    static func date(dayNumber days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let era = floorDivision(days + epochShift, by: daysPerEra)
        let dayOfEra = era.remainder
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        let year = era.quotient * 400 + yearOfEra + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601); 1970-01-01 was a Thursday.
    static func weekday(dayNumber days: Int64) -> Int64 {
        floorDivision(days + 3, by: 7).remainder + 1
    }

    static func isLeapYear(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(_ month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

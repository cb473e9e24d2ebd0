import Time

/// "Open now, closes at 19:00" or "Closed, opens tomorrow at 9:00", computed from the weekly
/// hours and the closures for a wall-clock time in the shop's zone (Europe/Paris).
public enum OpeningStatus: Equatable, Sendable {
    /// Open until `closes` (minutes since midnight) today; back-to-back intervals are merged.
    case open(closes: Int)
    /// Closed; opens on `date` (today, tomorrow or later) at `at` minutes since midnight.
    case closed(opens: CivilDate, at: Int)
    /// Closed, with no opening in the next two weeks (no hours given, or a long closure).
    case closedForNow

    /// How far ahead the next opening is looked for.
    static let horizonDays = 14

    /// The status at `now`, and for how many more minutes it stays true (a cached page must be
    /// rebuilt by then).
    public static func at(_ now: CivilDateTime, hours: [OpeningInterval], closures: [Closure]) -> (status: OpeningStatus, minutesValid: Int) {
        let today = now.date
        let minute = now.minuteOfDay
        for offset in 0...horizonDays {
            let date = today.adding(days: offset)
            guard !closures.contains(where: { $0.contains(date) }) else { continue }
            let intervals = merged(hours.filter { $0.day == date.weekday })
            for interval in intervals {
                if offset == 0 && interval.opens <= minute && minute < interval.closes {
                    return (.open(closes: interval.closes), interval.closes - minute)
                }
                if offset > 0 || interval.opens > minute {
                    return (.closed(opens: date, at: interval.opens), offset * 1440 + interval.opens - minute)
                }
            }
        }
        return (.closedForNow, 1440 - minute)
    }

    /// The day's intervals in order, with touching ones joined (12:00–14:00 + 14:00–18:00).
    private static func merged(_ intervals: [OpeningInterval]) -> [OpeningInterval] {
        var result: [OpeningInterval] = []
        for interval in intervals.sorted(by: { $0.opens < $1.opens }) {
            if let last = result.last, last.closes >= interval.opens {
                result[result.count - 1].closes = max(last.closes, interval.closes)
            } else {
                result.append(interval)
            }
        }
        return result
    }
}

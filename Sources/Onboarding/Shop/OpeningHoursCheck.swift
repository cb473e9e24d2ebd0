import Time

/// Checks the weekly hours and the exceptional closures of a draft.
enum OpeningHoursCheck {
    /// Intervals with a real weekday, `HH:MM` times (24:00 allowed as a closing time), closing
    /// after opening, and no two overlapping on the same day; sorted.
    static func hours(_ raw: [DraftHours], _ reader: inout DraftReader) -> [OpeningInterval] {
        let limit = ShopValidation.Limit.hours
        if raw.count > limit { reader.report("hours", "error-too-many", limit: limit) }
        var kept: [OpeningInterval] = []
        for (index, typed) in raw.prefix(limit).enumerated() {
            guard (1...7).contains(typed.day), let opens = minutes(typed.opens), opens < 1440,
                  let closes = minutes(typed.closes), closes > opens else {
                reader.report("hours[\(index)]", "error-hours")
                continue
            }
            let interval = OpeningInterval(day: typed.day, opens: opens, closes: closes)
            guard !kept.contains(where: { $0.day == interval.day && $0.opens < interval.closes && interval.opens < $0.closes }) else {
                reader.report("hours[\(index)]", "error-hours-overlap")
                continue
            }
            kept.append(interval)
        }
        return kept.sorted { ($0.day, $0.opens) < ($1.day, $1.opens) }
    }

    /// Closures with real dates, the first not after the last, at most a year long; sorted.
    static func closures(_ raw: [DraftClosure], _ reader: inout DraftReader) -> [Closure] {
        let limit = ShopValidation.Limit.closures
        if raw.count > limit { reader.report("closures", "error-too-many", limit: limit) }
        var kept: [Closure] = []
        for (index, typed) in raw.prefix(limit).enumerated() {
            guard let from = CivilDate(iso: typed.from.trimmingSpaces) else {
                reader.report("closures[\(index)].from", "error-date")
                continue
            }
            guard let to = CivilDate(iso: typed.to.trimmingSpaces) else {
                reader.report("closures[\(index)].to", "error-date")
                continue
            }
            guard from <= to, to.dayNumber - from.dayNumber <= 366 else {
                reader.report("closures[\(index)].to", "error-dates-order")
                continue
            }
            let label = reader.text("closures[\(index)].label", typed.label, limit: ShopValidation.Limit.label)
            kept.append(Closure(from: from, to: to, label: label))
        }
        return kept.sorted { $0.from < $1.from }
    }

    /// `HH:MM` (or `H:MM`, `HHhMM`, `HHh`) → minutes since midnight, up to 24:00.
    static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingSpaces.lowercased().split(separator: ":", omittingEmptySubsequences: false)
        let pieces = parts.count == 2 ? parts : text.trimmingSpaces.lowercased().split(separator: "h", omittingEmptySubsequences: false)
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2 || pieces[1].isEmpty,
              let hours = Int(pieces[0]), let minutes = pieces[1].isEmpty ? 0 : Int(pieces[1]),
              pieces[0].allSatisfy(\.isNumber), pieces[1].allSatisfy(\.isNumber),
              (0...24).contains(hours), (0...59).contains(minutes) else { return nil }
        let total = hours * 60 + minutes
        return total <= 1440 ? total : nil
    }
}

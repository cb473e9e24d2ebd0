import Time

/// Numbers and dates as French readers write them: `12/03/2025 à 14:05` (Paris time),
/// `42 %` with a narrow no-break space.
enum DashboardFormat {
    static func dateTime(_ instant: Timestamp) -> String {
        let civil = instant.civil(in: .paris)
        return two(civil.day) + "/" + two(civil.month) + "/" + String(civil.year) + " à " + two(civil.hour) + ":" + two(civil.minute)
    }

    static func date(_ instant: Timestamp) -> String { date(instant.civil(in: .paris).date) }

    static func date(_ day: CivilDate) -> String { two(day.day) + "/" + two(day.month) + "/" + String(day.year) }

    /// `3 décembre`, `1er mars`: a day as a sentence says it.
    static func dayInMonth(_ day: CivilDate) -> String {
        (day.day == 1 ? "1er" : String(day.day)) + " " + DashboardTexts.months[day.month - 1]
    }

    /// `03/02`: a week's Monday on a chart's axis.
    static func dayMonth(_ day: CivilDate) -> String { two(day.day) + "/" + two(day.month) }

    /// The whole percentage of `part` in `whole`, rounded half up; 0 when `whole` is 0.
    static func percentValue(_ part: Int, of whole: Int) -> Int {
        whole > 0 ? (200 * part + whole) / (2 * whole) : 0
    }

    static func percent(_ part: Int, of whole: Int) -> String { percent(percentValue(part, of: whole)) }

    static func percent(_ value: Int) -> String { String(value) + "\u{202F}%" }

    /// `2,5`: `part` per `whole` with one decimal, French comma; `—` when `whole` is 0.
    static func ratio(_ part: Int, per whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let tenths = (20 * part + whole) / (2 * whole)
        return String(tenths / 10) + "," + String(tenths % 10)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}

import Onboarding
import Time

/// The "open now" line of a page, in words: "Ouvert · ferme à 19 h", "Fermé · ouvre demain à 9 h".
enum OpeningText {
    /// The headline ("Ouvert"/"Fermé"), the detail, and whether the shop is open.
    static func describe(_ status: OpeningStatus, today: CivilDate, texts: PageTexts,
                         format: DisplayFormat) -> (headline: String, detail: String?, isOpen: Bool) {
        switch status {
        case .open(let closes):
            return (texts("open-now"), texts("closes-at", ["time": format.time(closes)]), true)
        case .closed(let date, let at):
            let time = format.time(at)
            let days = date.dayNumber - today.dayNumber
            let detail = switch days {
            case 0: texts("opens-at", ["time": time])
            case 1: texts("opens-tomorrow", ["time": time])
            case 2...6: texts("opens-on", ["day": texts("day-\(date.weekday)"), "time": time])
            default: texts("opens-date", ["date": format.dayAndMonth(date), "time": time])
            }
            return (texts("closed-now"), detail, false)
        case .closedForNow:
            return (texts("closed-for-now"), nil, false)
        }
    }
}

import Onboarding
import Testing
import Time

@Suite("Open now / opens at, in Paris time")
struct OpeningStatusTests {
    /// Tuesday to Saturday 9:00–12:30 and 14:00–19:00; Sunday 9:00–12:00.
    let hours: [OpeningInterval] = (2...6).flatMap { [OpeningInterval(day: $0, opens: 540, closes: 750),
                                                      OpeningInterval(day: $0, opens: 840, closes: 1140)] }
        + [OpeningInterval(day: 7, opens: 540, closes: 720)]

    /// 2026-11-24 is a Tuesday.
    func at(_ date: String, _ hour: Int, _ minute: Int, closures: [Closure] = []) -> (OpeningStatus, Int) {
        let day = CivilDate(iso: date)!
        let offset = Int64(TimeZoneRule.paris.offset(at: Timestamp(milliseconds: day.dayNumber * 86_400_000)))
        let instant = Timestamp(milliseconds: (day.dayNumber * 86_400 + Int64(hour * 3600 + minute * 60) - offset) * 1000)
        let civil = instant.civil(in: .paris)
        let result = OpeningStatus.at(civil, hours: hours, closures: closures)
        return (result.status, result.minutesValid)
    }

    @Test func openUntilTheLunchBreak() {
        let (status, valid) = at("2026-11-24", 10, 15)
        #expect(status == .open(closes: 750))
        #expect(valid == 135)
    }

    @Test func closedAtLunchOpensLaterToday() {
        #expect(at("2026-11-24", 12, 30).0 == .closed(opens: CivilDate(iso: "2026-11-24")!, at: 840))
    }

    @Test func closedOnMondayOpensTuesday() {
        #expect(at("2026-11-23", 16, 0).0 == .closed(opens: CivilDate(iso: "2026-11-24")!, at: 540))
    }

    @Test func sundayEveningLooksToTuesday() {
        let (status, valid) = at("2026-11-29", 20, 0)
        #expect(status == .closed(opens: CivilDate(iso: "2026-12-01")!, at: 540))
        #expect(valid == 4 * 60 + 24 * 60 + 9 * 60)
    }

    @Test func closuresAreSkipped() {
        let holidays = [Closure(from: CivilDate(iso: "2026-12-24")!, to: CivilDate(iso: "2026-12-27")!)]
        #expect(at("2026-12-24", 10, 0, closures: holidays).0 == .closed(opens: CivilDate(iso: "2026-12-29")!, at: 540))
    }

    @Test func summerTimeIsParisTime() {
        // 2026-07-07 (a Tuesday) 09:30 in Paris is 07:30 UTC.
        let instant = Timestamp(seconds: CivilDate(iso: "2026-07-07")!.dayNumber * 86_400 + 7 * 3600 + 30 * 60)
        #expect(OpeningStatus.at(instant.civil(in: .paris), hours: hours, closures: []).status == .open(closes: 750))
    }

    @Test func noHoursMeansClosedForNow() {
        let civil = Timestamp(seconds: 1_800_000_000).civil(in: .paris)
        #expect(OpeningStatus.at(civil, hours: [], closures: []).status == .closedForNow)
    }
}

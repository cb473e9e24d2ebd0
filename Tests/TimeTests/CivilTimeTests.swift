import Testing
import Time

/// `year-month-day hour:minute:second weekday`, to compare a civil time in one expectation.
private func shown(_ civil: CivilDateTime) -> String {
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(civil.year)-\(two(civil.month))-\(two(civil.day)) \(two(civil.hour)):\(two(civil.minute)):\(two(civil.second)) \(civil.weekday)"
}

@Suite("Civil time in Paris")
struct CivilTimeTests {
    /// Seconds since 1970 and what `TZ=Europe/Paris date -d @SECONDS '+%Y-%m-%d %H:%M:%S %u'` gives
    /// (tzdata on Debian 12): one second before and at each change of the clocks, 2025 to 2027.
    static let parisInstants: [(Int64, String)] = [
        (1_743_296_399, "2025-03-30 01:59:59 7"),
        (1_743_296_400, "2025-03-30 03:00:00 7"),
        (1_761_440_399, "2025-10-26 02:59:59 7"),
        (1_761_440_400, "2025-10-26 02:00:00 7"),
        (1_774_745_999, "2026-03-29 01:59:59 7"),
        (1_774_746_000, "2026-03-29 03:00:00 7"),
        (1_792_889_999, "2026-10-25 02:59:59 7"),
        (1_792_890_000, "2026-10-25 02:00:00 7"),
        (1_806_195_599, "2027-03-28 01:59:59 7"),
        (1_806_195_600, "2027-03-28 03:00:00 7"),
        (1_824_944_399, "2027-10-31 02:59:59 7"),
        (1_824_944_400, "2027-10-31 02:00:00 7"),
        (1_795_438_075, "2026-11-23 13:47:55 1"),
        (1_798_759_800, "2027-01-01 00:30:00 5"),
        (1_709_208_000, "2024-02-29 13:00:00 4"),
        (-1, "1970-01-01 00:59:59 4"),
    ]

    @Test("matches the tz database around every change of the clocks", arguments: parisInstants)
    func paris(seconds: Int64, expected: String) {
        #expect(shown(Timestamp(seconds: seconds).civil(in: .paris)) == expected)
    }

    @Test("offsets: +1 hour in winter, +2 in summer, switching at 01:00 UTC")
    func offsets() {
        #expect(TimeZoneRule.paris.offset(at: Timestamp(seconds: 1_774_745_999)) == 3600)
        #expect(TimeZoneRule.paris.offset(at: Timestamp(seconds: 1_774_746_000)) == 7200)
        #expect(TimeZoneRule.paris.offset(at: Timestamp(seconds: 1_792_889_999)) == 7200)
        #expect(TimeZoneRule.paris.offset(at: Timestamp(seconds: 1_792_890_000)) == 3600)
        #expect(TimeZoneRule.utc.offset(at: Timestamp(seconds: 1_780_000_000)) == 0)
    }

    @Test("UTC has no offset and no summer time")
    func utc() {
        #expect(shown(Timestamp(seconds: 1_743_296_400).civil(in: .utc)) == "2025-03-30 01:00:00 7")
        #expect(shown(Timestamp(milliseconds: -1).civil(in: .utc)) == "1969-12-31 23:59:59 3")
    }

    @Test("the ends of the range do not trap")
    func extremes() {
        #expect(Timestamp(milliseconds: .max).civil(in: .paris).year == 292_278_994)
        #expect(Timestamp(milliseconds: .min).civil(in: .paris).year == -292_275_055)
    }
}

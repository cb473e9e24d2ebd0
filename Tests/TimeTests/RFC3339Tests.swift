import Testing
import Time

@Suite("RFC 3339")
struct RFC3339Tests {
    /// Seconds since 1970 and the UTC text `date -u -d @SECONDS +%Y-%m-%dT%H:%M:%SZ` gives.
    static let knownInstants: [(Int64, String)] = [
        (0, "1970-01-01T00:00:00Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (-14_182_940, "1969-07-20T20:17:40Z"),
        (1_795_438_075, "2026-11-23T12:47:55Z"),
        (951_868_799, "2000-02-29T23:59:59Z"),
        (1_709_208_000, "2024-02-29T12:00:00Z"),
        (4_107_542_400, "2100-03-01T00:00:00Z"),
        (-2_203_891_200, "1900-03-01T00:00:00Z"),
        (-11_670_998_400, "1600-02-29T00:00:00Z"),
        (-62_162_035_200, "0000-03-01T00:00:00Z"),
        (-62_167_219_200, "0000-01-01T00:00:00Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
    ]

    @Test("formats and reads back known instants", arguments: knownInstants)
    func knownInstant(seconds: Int64, text: String) {
        #expect(Timestamp(seconds: seconds).rfc3339 == text)
        #expect(Timestamp(rfc3339: text) == Timestamp(seconds: seconds))
    }

    @Test("milliseconds appear only when not 0")
    func milliseconds() {
        #expect(Timestamp(milliseconds: 1_795_438_075_123).rfc3339 == "2026-11-23T12:47:55.123Z")
        #expect(Timestamp(milliseconds: 1_795_438_075_005).rfc3339 == "2026-11-23T12:47:55.005Z")
        #expect(Timestamp(milliseconds: -1).rfc3339 == "1969-12-31T23:59:59.999Z")
    }

    @Test("offsets, fractions and lowercase letters are read", arguments: [
        ("2026-11-23T13:47:55+01:00", 1_795_438_075_000),
        ("2026-11-23T07:17:55-05:30", 1_795_438_075_000),
        ("2026-11-23T12:47:55-00:00", 1_795_438_075_000),
        ("2026-11-23t12:47:55z", 1_795_438_075_000),
        ("2026-11-23T12:47:55.1Z", 1_795_438_075_100),
        ("2026-11-23T12:47:55.12Z", 1_795_438_075_120),
        ("2026-11-23T12:47:55.123456789Z", 1_795_438_075_123),
        ("2026-11-24T00:47:55.999+12:00", 1_795_438_075_999),
        ("1969-12-31T23:59:59.999Z", -1),
    ] as [(String, Int64)])
    func reading(text: String, milliseconds: Int64) {
        #expect(Timestamp(rfc3339: text)?.milliseconds == milliseconds)
    }

    @Test("impossible dates and other forms are refused", arguments: [
        "", "2026-11-23", "2026-11-23T12:47:55", "2026-11-23 12:47:55Z", "2026-11-23T12:47Z",
        "2026-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T12:60:00Z",
        "2026-11-23T23:59:60Z", "2026-11-23T12:47:55.Z", "2026-11-23T12:47:55+1:00", "2026-11-23T12:47:55+01",
        "2026-11-23T12:47:55+24:00", "2026-11-23T12:47:55+01:60", "2026-11-23T12:47:55Z ", " 2026-11-23T12:47:55Z",
        "26-11-23T12:47:55Z", "+2026-11-23T12:47:55Z", "2026-11-23T12:47:5Z", "２026-11-23T12:47:55Z",
    ])
    func refused(text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }

    @Test("leap days follow the Gregorian rule")
    func leapDays() {
        #expect(Timestamp(rfc3339: "2000-02-29T00:00:00Z") != nil)
        #expect(Timestamp(rfc3339: "2024-02-29T00:00:00Z") != nil)
        #expect(Timestamp(rfc3339: "1900-02-29T00:00:00Z") == nil)
    }

    @Test("every day from 1600 to 2400 reads back, one weekday after the other")
    func everyDay() {
        var weekday = 2  // 1600-02-29 was a Tuesday (date -u -d @-11670998400 +%u)
        for day in stride(from: Int64(-135_081), through: 10_957 + 146_097, by: 1) {
            let moment = Timestamp(seconds: day * 86_400 + 45_296)
            guard Timestamp(rfc3339: moment.rfc3339) == moment else {
                Issue.record("\(moment.rfc3339) does not read back")
                return
            }
            #expect(moment.civil(in: .utc).weekday == weekday, "\(moment.rfc3339)")
            weekday = weekday % 7 + 1
        }
    }

    @Test("a year outside 0000-9999 is written in the expanded form, which is not read back")
    func outsideFourDigits() {
        let before = Timestamp(seconds: -62_167_219_201)
        #expect(before.rfc3339 == "-0001-12-31T23:59:59Z")
        #expect(Timestamp(rfc3339: before.rfc3339) == nil)
        #expect(Timestamp(seconds: 253_402_300_800).rfc3339 == "+10000-01-01T00:00:00Z")
        #expect(Timestamp(milliseconds: .max).rfc3339 == "+292278994-08-17T07:12:55.807Z")
    }
}

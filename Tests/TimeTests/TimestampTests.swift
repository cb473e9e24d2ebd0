import Glibc
import Testing
import Time

@Suite("Timestamp")
struct TimestampTests {
    @Test("seconds and milliseconds, rounded down before 1970")
    func seconds() {
        #expect(Timestamp(seconds: 1_795_438_075).milliseconds == 1_795_438_075_000)
        #expect(Timestamp(milliseconds: 1_999).seconds == 1)
        #expect(Timestamp(milliseconds: -1).seconds == -1)
        #expect(Timestamp(milliseconds: -1_000).seconds == -1)
        #expect(Timestamp(milliseconds: -1_001).seconds == -2)
    }

    @Test("adding seconds, forward and back")
    func adding() {
        let start = Timestamp(milliseconds: 1_500)
        #expect(start.adding(seconds: 300) == Timestamp(milliseconds: 301_500))
        #expect(start.adding(seconds: -2) == Timestamp(milliseconds: -500))
    }

    @Test("numbers beyond the range saturate instead of trapping")
    func saturation() {
        #expect(Timestamp(seconds: .max).milliseconds == .max)
        #expect(Timestamp(seconds: .min).milliseconds == .min)
        #expect(Timestamp(milliseconds: .max - 10).adding(seconds: 1).milliseconds == .max)
        #expect(Timestamp(milliseconds: .min + 10).adding(seconds: -1).milliseconds == .min)
        #expect(Timestamp(milliseconds: 0).adding(seconds: .max).milliseconds == .max)
    }

    @Test("ordered by time")
    func ordering() {
        let moments = [Timestamp(milliseconds: 5), Timestamp(milliseconds: -3), Timestamp(milliseconds: 0)]
        #expect(moments.sorted().map(\.milliseconds) == [-3, 0, 5])
        #expect(Timestamp(seconds: 1) == Timestamp(milliseconds: 1_000))
    }

    @Test("now is the system's wall clock")
    func now() {
        let before = Int64(time(nil))
        let now = Timestamp.now()
        let after = Int64(time(nil))
        #expect((before...after).contains(now.seconds))
    }
}

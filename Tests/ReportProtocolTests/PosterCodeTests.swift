import Testing
import ReportProtocol

@Suite("Poster codes: unique per kiosk prefix, read back however they are typed")
struct PosterCodeTests {
    @Test func countsInBase32FromThePrefix() {
        #expect(PosterCode(prefix: "K7", serial: 0)?.text == "K7000")
        #expect(PosterCode(prefix: "K7", serial: 33)?.text == "K7011")
        #expect(PosterCode(prefix: "K7", serial: 32 * 32 * 32)?.text == "K71000")
    }

    @Test func readsAliasesAndLowerCase() {
        #expect(PosterCode("k7o1l")?.text == "K7011")
        #expect(PosterCode("K7OIL") == PosterCode("K7011"))
    }

    @Test func refusesWhatIsNotACode() {
        #expect(PosterCode("K7") == nil)
        #expect(PosterCode("K7-011") == nil)
        #expect(PosterCode("K7U11") == nil)
        #expect(PosterCode(String(repeating: "A", count: 13)) == nil)
        #expect(PosterCode(prefix: "k7", serial: 1) == nil)
        #expect(PosterCode(prefix: "K", serial: 1) == nil)
    }

    @Test func groupsByThreeFromTheEnd() {
        #expect(PosterCode("K7A2C")?.grouped == "K7 A2C")
        #expect(PosterCode("K71000")?.grouped == "K71 000")
    }
}

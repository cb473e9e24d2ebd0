@testable import HubPages
import Testing

@Suite("Dashboard tables right-align numbers as written in French")
struct DashboardNumberCellTests {
    @Test func decimalCommasAndThousandsSpacesAreNumbers() {
        for number in ["0", "12", "3,0", "1\u{202F}234", "1\u{00A0}234,5"] { #expect(DashboardSections.isNumber(number), "\(number)") }
        for text in ["", "A4", ",5", "3,", "12 %", "borne-07", "2026-12-02"] { #expect(!DashboardSections.isNumber(text), "\(text)") }
    }
}

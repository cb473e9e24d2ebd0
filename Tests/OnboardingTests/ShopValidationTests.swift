import Onboarding
import Testing

@Suite("Page builder: a draft's fields checked and normalised")
struct ShopValidationTests {
    let trades: Set<String> = ["boulangerie", "creperie"]

    func check(_ edit: (inout ShopDraft) -> Void) -> ShopCheck {
        var draft = ShopDraft()
        draft.name = "Crêperie Élodie"
        edit(&draft)
        return ShopValidation.check(draft, trades: trades)
    }

    func codes(_ check: ShopCheck) -> [String: String] {
        Dictionary(uniqueKeysWithValues: check.problems.map { ($0.field, $0.code) })
    }

    @Test func aNameAloneIsPublishable() {
        let result = check { _ in }
        #expect(result.isPublishable)
        #expect(result.profile.name == "Crêperie Élodie")
        #expect(result.profile.accent == ShopProfile.defaultAccent)
    }

    @Test func theNameIsRequiredAndBounded() {
        #expect(codes(check { $0.name = "   " }) == ["name": "error-required"])
        #expect(codes(check { $0.name = String(repeating: "é", count: 81) }) == ["name": "error-too-long"])
        #expect(check { $0.name = String(repeating: "é", count: 81) }.problems.first?.limit == 80)
    }

    @Test func textIsCleanedOfControlsAndBidiOverrides() {
        let result = check {
            $0.name = "  Chez\u{202E}  Paul\u{0007} "
            $0.description = "Ligne 1\r\n\r\n\r\nLigne\t 2\n\n"
        }
        #expect(result.profile.name == "Chez Paul")
        #expect(result.profile.description == "Ligne 1\n\nLigne 2")
    }

    @Test(arguments: [("04 78 12 34 56", "+33478123456"), ("+33 (0)6 12 34 56 78", "+33612345678"),
                      ("0692 12 34 56", "+262692123456")])
    func frenchPhonesBecomeE164(_ typed: String, _ expected: String) {
        #expect(check { $0.phone = typed }.profile.phone == expected)
    }

    @Test func badFieldsAreReportedAndLeftOut() {
        let result = check {
            $0.phone = "12345"
            $0.postcode = "00123"
            $0.city = "Lyon"
            $0.email = "contact@@x.fr"
            $0.website = "javascript:alert(1)"
            $0.facebook = "https://evil.example/page"
            $0.instagram = "@not a handle"
            $0.googleReview = "https://evil.example/review"
            $0.trade = "astronaute"
            $0.accent = "#ffff00"
        }
        #expect(codes(result) == [
            "trade": "error-trade", "postcode": "error-postcode-department", "phone": "error-phone", "email": "error-email",
            "website": "error-url", "facebook": "error-facebook", "instagram": "error-instagram",
            "googleReview": "error-review", "accent": "error-accent-light",
        ])
        #expect(result.profile.phone == nil && result.profile.website == nil && result.profile.address == nil)
        #expect(!result.isPublishable)
    }

    @Test func linksAreWrittenInFull() {
        let result = check {
            $0.website = "www.Boulangerie-Dupont.fr/nos pains"
            $0.facebook = "facebook.com/BoulangerieDupont?ref=1"
            $0.instagram = "@Boulangerie.Dupont"
            $0.googleReview = "https://g.page/r/CdE123/review"
            $0.email = "Contact@Dupont.FR"
        }
        #expect(result.problems.isEmpty)
        #expect(result.profile.website == "https://www.boulangerie-dupont.fr/nos%20pains")
        #expect(result.profile.facebook == "https://www.facebook.com/BoulangerieDupont")
        #expect(result.profile.instagram == "https://www.instagram.com/boulangerie.dupont/")
        #expect(result.profile.googleReview == "https://g.page/r/CdE123/review")
        #expect(result.profile.email == "Contact@dupont.fr")
    }

    /// Issue 12: 96002 has five digits and got "5 digits expected"; it names no département.
    @Test(arguments: [("96002", "error-postcode-department", "96"), ("99100", "error-postcode-department", "99"),
                      ("00123", "error-postcode-department", "00"), ("6900", "error-postcode", nil),
                      ("690021", "error-postcode", nil), ("69OO2", "error-postcode", nil)])
    func postcodesSayWhatIsWrong(_ typed: String, _ code: String, _ value: String?) {
        let problem = check { $0.postcode = typed; $0.city = "Lyon" }.problems.first { $0.field == "postcode" }
        #expect(problem?.code == code && problem?.value == value)
    }

    @Test func addressNeedsPostcodeAndCity() {
        #expect(codes(check { $0.city = "Lyon" }) == ["postcode": "error-required"])
        #expect(codes(check { $0.postcode = "69002" }) == ["city": "error-required"])
        let full = check { $0.postcode = "20 000"; $0.city = "Ajaccio"; $0.street = "1 cours Napoléon" }
        #expect(full.profile.address == PostalAddress(street: "1 cours Napoléon", postcode: "20000", city: "Ajaccio"))
        #expect(check { $0.postcode = "97400"; $0.city = "Saint-Denis" }.isPublishable)
        #expect(!check { $0.postcode = "99000"; $0.city = "X" }.isPublishable)
    }

    @Test func hoursWithALunchBreakAreSortedAndOverlapsRefused() {
        let result = check {
            $0.hours = [DraftHours(day: 1, opens: "14h", closes: "19:00"), DraftHours(day: 1, opens: "9:00", closes: "12:30"),
                        DraftHours(day: 1, opens: "12:00", closes: "13:00"), DraftHours(day: 8, opens: "09:00", closes: "10:00"),
                        DraftHours(day: 2, opens: "18:00", closes: "09:00"), DraftHours(day: 3, opens: "20:00", closes: "24:00")]
        }
        #expect(codes(result) == ["hours[2]": "error-hours-overlap", "hours[3]": "error-hours", "hours[4]": "error-hours"])
        #expect(result.profile.hours == [OpeningInterval(day: 1, opens: 540, closes: 750), OpeningInterval(day: 1, opens: 840, closes: 1140),
                                         OpeningInterval(day: 3, opens: 1200, closes: 1440)])
    }

    @Test func closuresNeedRealDatesInOrder() {
        let result = check {
            $0.closures = [DraftClosure(from: "2026-12-24", to: "2026-12-26", label: "Noël"),
                           DraftClosure(from: "2026-02-30", to: "2026-03-01"),
                           DraftClosure(from: "2026-08-20", to: "2026-08-01")]
        }
        #expect(codes(result) == ["closures[1].from": "error-date", "closures[2].to": "error-dates-order"])
        #expect(result.profile.closures.map(\.label) == ["Noël"])
    }

    @Test func servicesAreBounded() {
        let result = check { $0.services = (1...9).map { "Service \($0)" } }
        #expect(codes(result) == ["services": "error-too-many"])
        #expect(result.profile.services.count == 8)
    }

    @Test(arguments: [("#1F5C99", "#1f5c99"), ("8a3b12", "#8a3b12"), ("#000", "#000000")])
    func darkColoursAreAccepted(_ typed: String, _ expected: String) {
        #expect(check { $0.accent = typed }.profile.accent == expected)
    }

    @Test func contrastIsComputedAsWCAGDoes() {
        #expect(abs(AccentColour.contrastWithWhite("#000000") - 21) < 0.01)
        #expect(abs(AccentColour.contrastWithWhite("#767676") - 4.54) < 0.01)
        #expect(codes(check { $0.accent = "#777777" }) == ["accent": "error-accent-light"])
        #expect(codes(check { $0.accent = "bleu" }) == ["accent": "error-accent"])
    }
}

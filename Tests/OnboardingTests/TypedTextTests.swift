import Onboarding
import Testing

@Suite("Typed text: bidirectional controls and separators removed from every visitor-typed text")
struct TypedTextTests {
    @Test(arguments: ["\u{202E}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}",
                      "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{FEFF}", "\u{0007}", "\u{0085}"])
    func controlsAreRemoved(control: String) {
        #expect(TypedText.line("Élo\(control)die") == "Élodie")
        #expect(TypedText.paragraphs("Élo\(control)die") == "Élodie")
    }

    @Test func separatorsAreLineBreaks() {
        #expect(TypedText.line("Marie\u{2028}Curie\u{2029}") == "Marie Curie")
        #expect(TypedText.paragraphs("Pain\u{2028}Viennoiseries\u{2029}\u{2029}\u{2029}Café") == "Pain\nViennoiseries\n\nCafé")
    }

    @Test func ordinaryTextIsKept() {
        #expect(TypedText.line("  L'Œuf   à la coque ") == "L'Œuf à la coque")
        #expect(TypedText.line("\u{202E}\u{2066}") == nil)
    }
}

import Onboarding
import Testing

@Suite("Slugs: ASCII, accents folded, unique")
struct SlugTests {
    @Test(arguments: [
        ("Crêperie Élodie", "creperie-elodie"), ("L'Œuf & la Poule", "l-oeuf-la-poule"),
        ("  Boulangerie   du Marché !! ", "boulangerie-du-marche"), ("Cre\u{0301}pes a\u{0300} gogo", "crepes-a-gogo"),
        ("Straße 42", "strasse-42"), ("🥐🥖", "commerce"), ("ÆSOP Ñandú", "aesop-nandu"),
    ])
    func folds(_ name: String, _ slug: String) {
        #expect(Slug.fold(name) == slug)
        #expect(Slug.isValid(Substring(Slug.fold(name))))
    }

    @Test func longNamesAreCutAtAWordBoundary() {
        let slug = Slug.fold(String(repeating: "boulangerie ", count: 10))
        #expect(slug.utf8.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-") && slug.hasSuffix("boulangerie"))
    }

    @Test func uniqueAddsANumber() {
        let taken: Set = ["chez-paul", "chez-paul-2"]
        #expect(Slug.unique("chez-paul") { taken.contains($0) } == "chez-paul-3")
        #expect(Slug.unique("chez-marie") { taken.contains($0) } == "chez-marie")
    }

    @Test(arguments: ["", "-a", "a-", "Abc", "a/b", "a..b", "é"])
    func invalidSlugs(_ text: String) {
        #expect(!Slug.isValid(Substring(text)))
    }

    @Test func receiptTextIsPlainASCII() {
        #expect(Slug.plainASCII("Crêperie Élodie · 4 €") == "CREPERIE ELODIE  4 ")
    }
}

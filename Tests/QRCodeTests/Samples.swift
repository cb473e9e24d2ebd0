/// The texts the shop pages put in QR codes, and the awkward ones around them.
enum Samples {
    static let shortURL = "https://vitrine.example/s/demo"
    /// A 300-character URL, the size of a Google review link with tracking parameters.
    static let longURL: String = {
        let base = "https://vitrine.example/s/boulangerie-patisserie-du-vieux-port?utm_source=vitrine"
        let padding = String(repeating: "&ref=affiche-vitrine-rue-de-la-republique", count: 6)
        return String((base + padding).prefix(300))
    }()
    static let percentEncodedURL = "https://vitrine.example/s/cr%C3%AApe%20%C3%A9lodie"
    static let accentedText = "Crêperie Élodie"
    /// Digits, capitals and accented lower case: numeric, alphanumeric and 8-bit segments.
    static let mixedText = "CRÊPERIE 75001 PARIS 0123456789 crêpes à emporter, 12 RUE DU PONT"
    /// The poster's short address, upper-cased where the case does not matter.
    static let posterURL = "https://vitrine.example.org/Q/K7A2C"

    static let all = [shortURL, longURL, percentEncodedURL, accentedText, mixedText]
}

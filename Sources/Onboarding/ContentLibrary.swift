/// The content in every loaded language, French first.
public struct ContentLibrary: Sendable {
    /// The reference content, always loaded.
    public let french: Content
    /// The loaded language codes, French first, then in the order asked for.
    public let languages: [String]
    /// The CCI's name, colour and logo (language-neutral).
    public let identity: CCIIdentity
    private let translations: [String: Content]

    init(french: Content, translations: [(language: String, content: Content)], identity: CCIIdentity) {
        self.french = french
        self.identity = identity
        self.languages = ["fr"] + translations.map(\.language)
        self.translations = Dictionary(translations, uniquingKeysWith: { first, _ in first })
    }

    /// The content in `language`, or in French when that language is not loaded: a visitor
    /// always gets a working screen, in the language every CCI has.
    public func content(for language: String) -> Content {
        translations[language] ?? french
    }
}

/// Loads and checks the content a CCI edits, once, when the daemon starts.
///
/// A bad file must stop the daemon with a message pointing at the mistake, rather than let a
/// visitor meet a broken question: everything is checked here, so the rest of the domain can
/// trust the content it is given.
public enum ContentLoader {
    /// Reads `<directory>/<language>/*.json` for French and each other language listed, and the
    /// CCI's identity (`<directory>/identity.json` and its logo).
    ///
    /// French is always loaded, even if not listed: it is the reference every translation must
    /// match (same ids, numbers and references) and the fallback for any other language.
    public static func load(
        directory: String, languages: [String] = ["fr", "en"]
    ) throws(ContentError) -> ContentLibrary {
        let frenchDocuments = try LanguageDocuments.read(directory: directory, language: "fr")
        let french = try Content(frenchDocuments)
        var translations: [(language: String, content: Content)] = []
        for language in languages where language != "fr" && !translations.contains(where: { $0.language == language }) {
            try requireLanguageCode(language, directory: directory)
            let documents = try LanguageDocuments.read(directory: directory, language: language)
            translations.append((language, try Content(documents)))
            try documents.requireSameStructure(as: frenchDocuments)
        }
        return ContentLibrary(french: french, translations: translations, identity: try CCIIdentity.load(directory: directory))
    }

    /// A language code names a directory: keep it to a plain code, never a path.
    private static func requireLanguageCode(_ language: String, directory: String) throws(ContentError) {
        let letters = language.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        guard letters, (2...3).contains(language.utf8.count) else {
            throw ContentError(file: directory, path: "", reason: "language code '\(language)' must be 2 or 3 lowercase letters")
        }
    }
}

/// The parsed files of one language, `<directory>/<language>/<name>.json`, before they are read
/// into a `Content`.
///
/// Kept as trees so a translation can be compared with the French files field by field.
struct LanguageDocuments {
    let language: String
    let diagnostic: ContentNode
    let levels: ContentNode
    let trainings: ContentNode
    let offers: ContentNode
    let recommendations: ContentNode
    let pages: ContentNode

    static func read(directory: String, language: String) throws(ContentError) -> LanguageDocuments {
        func document(_ name: String) throws(ContentError) -> ContentNode {
            try ContentNode.document(at: "\(directory)/\(language)/\(name).json")
        }
        return LanguageDocuments(
            language: language,
            diagnostic: try document("diagnostic"),
            levels: try document("levels"),
            trainings: try document("trainings"),
            offers: try document("offers"),
            recommendations: try document("recommendations"),
            pages: try document("pages"))
    }

    /// Every file, in the order they are read and checked.
    var all: [ContentNode] { [diagnostic, levels, trainings, offers, recommendations, pages] }
}

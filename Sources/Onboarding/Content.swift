/// Everything the journey shows in one language: the diagnostic, its levels, the advice, the
/// trainings, the local offers, and the page builder's trades and texts.
///
/// Built by `ContentLoader`, which checks it thoroughly; the scoring, advice, grading and
/// passport functions are methods on it, so they always use the same language's texts and the
/// same numbers (identical in every language by construction).
public struct Content: Codable, Equatable, Sendable {
    /// The language code these texts are in (`fr`, `en`).
    public let language: String
    /// In the order the result screen shows them.
    public let dimensions: [Dimension]
    /// In the order they are asked, one per screen.
    public let questions: [Question]
    /// Bands covering 0 to 100 without gap or overlap, lowest first.
    public let levels: [Level]
    /// In the order of usefulness: the first ones the answers call for are the priorities.
    public let recommendations: [Recommendation]
    /// In the order the trainings list shows them.
    public let trainings: [Training]
    /// Possibly none: offers are local and optional.
    public let offers: [Offer]
    /// The trades the page builder lists, in the order shown.
    public let trades: [Trade]
    /// The words of public pages, posters and page-builder messages.
    public let pageTexts: PageTexts
}

extension Content {
    /// Reads one language's parsed files, then checks what spans entries and files.
    init(_ documents: LanguageDocuments) throws(ContentError) {
        language = documents.language
        let diagnostic = try documents.diagnostic.fields(["dimensions", "questions"])
        dimensions = try diagnostic.required("dimensions").list(count: 6...Int.max, Dimension.init)
        questions = try diagnostic.required("questions").list(count: 12...Int.max, Question.init)
        levels = try documents.levels.fields(["levels"]).required("levels").list(count: 2...10, Level.init)
        trainings = try documents.trainings.fields(["trainings"]).required("trainings")
            .list(count: 6...Int.max, Training.init)
        offers = try documents.offers.fields(["offers"]).required("offers").list(count: 0...Int.max, Offer.init)
        recommendations = try documents.recommendations.fields(["recommendations"]).required("recommendations")
            .list(count: 1...Int.max, Recommendation.init)
        let pages = try documents.pages.fields(["trades", "texts"])
        trades = try pages.required("trades").list(count: 1...Int.max, Trade.init)
        pageTexts = try PageTexts(pages.required("texts"))
        try checkConsistency(documents)
    }
}

extension Content {
    /// Checks what no single entry can check alone: ids unique per list, references to
    /// dimensions, trainings and offers that exist, levels covering 0–100, and at least one
    /// action for every dimension that can be weak.
    func checkConsistency(_ documents: LanguageDocuments) throws(ContentError) {
        let diagnostic = documents.diagnostic.file
        try requireUniqueIDs(dimensions.map(\.id), file: diagnostic, list: "dimensions")
        try requireUniqueIDs(questions.map(\.id), file: diagnostic, list: "questions")
        try checkQuestionDimensions(file: diagnostic)
        try requireUniqueIDs(levels.map(\.id), file: documents.levels.file, list: "levels")
        try requireLevelsCover(levels, file: documents.levels.file)
        try requireUniqueIDs(trainings.map(\.id), file: documents.trainings.file, list: "trainings")
        try requireUniqueIDs(offers.map(\.id), file: documents.offers.file, list: "offers")
        try checkRecommendations(file: documents.recommendations.file)
        try requireUniqueIDs(trades.map(\.id), file: documents.pages.file, list: "trades")
    }

    private func checkQuestionDimensions(file: String) throws(ContentError) {
        let known = Set(dimensions.map(\.id))
        for (index, question) in questions.enumerated() where !known.contains(question.dimension) {
            throw ContentError(file: file, path: "questions[\(index)].dimension",
                               reason: "unknown dimension '\(question.dimension)'")
        }
        let asked = Set(questions.map(\.dimension))
        for (index, dimension) in dimensions.enumerated() where !asked.contains(dimension.id) {
            throw ContentError(file: file, path: "dimensions[\(index)]",
                               reason: "no question belongs to dimension '\(dimension.id)'")
        }
    }

    private func checkRecommendations(file: String) throws(ContentError) {
        try requireUniqueIDs(recommendations.map(\.id), file: file, list: "recommendations")
        for (index, recommendation) in recommendations.enumerated() {
            try checkReferences(of: recommendation, path: "recommendations[\(index)]", file: file)
        }
        for dimension in dimensions where !recommendations.contains(where: {
            $0.dimension == dimension.id && $0.appliesBelow >= weakBelow
        }) {
            throw ContentError(file: file, path: "recommendations", reason:
                "dimension '\(dimension.id)' has no action with appliesBelow of at least \(weakBelow) (weakBelow), so a weak score there would get no advice")
        }
    }

    private func checkReferences(of recommendation: Recommendation, path: String, file: String) throws(ContentError) {
        guard dimensions.contains(where: { $0.id == recommendation.dimension }) else {
            throw ContentError(file: file, path: "\(path).dimension", reason: "unknown dimension '\(recommendation.dimension)'")
        }
        guard trainings.contains(where: { $0.id == recommendation.training }) else {
            throw ContentError(file: file, path: "\(path).training", reason: "unknown training '\(recommendation.training)'")
        }
        for (index, offer) in recommendation.offers.enumerated() where !offers.contains(where: { $0.id == offer }) {
            throw ContentError(file: file, path: "\(path).offers[\(index)]", reason: "unknown offer '\(offer)'")
        }
    }
}

extension Content {
    /// Checks what no single entry can check alone: ids unique per list, references to
    /// dimensions, questions, answers, trainings and offers that exist, `showIf` naming an
    /// earlier question, levels covering 0–100, and no action triggered by an answer that says
    /// the practice is in place.
    func checkConsistency(_ documents: LanguageDocuments) throws(ContentError) {
        let diagnostic = documents.diagnostic.file
        try requireUniqueIDs(dimensions.map(\.id), file: diagnostic, list: "dimensions")
        try requireUniqueIDs(questions.map(\.id), file: diagnostic, list: "questions")
        try checkQuestionDimensions(file: diagnostic)
        try checkShowIf(file: diagnostic)
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

    /// A question is shown only after the one its `showIf` names, so that one must come
    /// earlier and have the answers named; the paths stay few enough to estimate them all.
    private func checkShowIf(file: String) throws(ContentError) {
        for (index, question) in questions.enumerated() {
            guard let condition = question.showIf else { continue }
            let path = "questions[\(index)].showIf"
            guard let earlier = questions[..<index].first(where: { $0.id == condition.question }) else {
                throw ContentError(file: file, path: "\(path).question",
                                   reason: "'\(condition.question)' is not a question asked before this one")
            }
            try requireAnswers(condition, of: earlier, path: path, file: file)
        }
        guard pathCount <= Self.maxPaths else {
            throw ContentError(file: file, path: "questions", reason:
                "showIf makes \(pathCount) answer combinations to estimate; at most \(Self.maxPaths): make fewer questions decide what is shown")
        }
    }

    private func requireAnswers(_ condition: AnswerCondition, of question: Question, path: String, file: String) throws(ContentError) {
        for (index, answer) in condition.answers.enumerated() where !question.answers.contains(where: { $0.id == answer }) {
            throw ContentError(file: file, path: "\(path).answers[\(index)]",
                               reason: "'\(answer)' is not an answer of question '\(question.id)'")
        }
    }

    private func checkRecommendations(file: String) throws(ContentError) {
        try requireUniqueIDs(recommendations.map(\.id), file: file, list: "recommendations")
        for (index, recommendation) in recommendations.enumerated() {
            try checkReferences(of: recommendation, path: "recommendations[\(index)]", file: file)
            try checkTriggers(of: recommendation, path: "recommendations[\(index)]", file: file)
        }
    }

    /// Each trigger names real answers, none of them one that says the practice is in place:
    /// "Acceptez la carte" must never reach someone who said they do.
    private func checkTriggers(of recommendation: Recommendation, path: String, file: String) throws(ContentError) {
        for (index, condition) in recommendation.when.enumerated() {
            let place = "\(path).when[\(index)]"
            guard let question = questions.first(where: { $0.id == condition.question }) else {
                throw ContentError(file: file, path: "\(place).question", reason: "unknown question '\(condition.question)'")
            }
            try requireAnswers(condition, of: question, path: place, file: file)
            for (answerIndex, id) in condition.answers.enumerated() where question.answers.contains(where: { $0.id == id && $0.inPlace }) {
                throw ContentError(file: file, path: "\(place).answers[\(answerIndex)]", reason:
                    "answer '\(id)' of question '\(question.id)' says the practice is already in place (inPlace), so this action would contradict the visitor")
            }
        }
    }

    private func checkReferences(of recommendation: Recommendation, path: String, file: String) throws(ContentError) {
        guard dimensions.contains(where: { $0.id == recommendation.dimension }) else {
            throw ContentError(file: file, path: "\(path).dimension", reason: "unknown dimension '\(recommendation.dimension)'")
        }
        if let training = recommendation.training, !trainings.contains(where: { $0.id == training }) {
            throw ContentError(file: file, path: "\(path).training", reason: "unknown training '\(training)'")
        }
        for (index, offer) in recommendation.offers.enumerated() where !offers.contains(where: { $0.id == offer }) {
            throw ContentError(file: file, path: "\(path).offers[\(index)]", reason: "unknown offer '\(offer)'")
        }
    }
}

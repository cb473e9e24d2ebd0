extension Content {
    /// Scores a diagnostic from the chosen answer per question id.
    ///
    /// The rule, deterministic and the same in every language:
    /// - A question missing from `answers` is skipped: it counts neither in the points nor in the
    ///   maximum, so "I'd rather not say" does not lower a score.
    /// - Dimension score = round-half-up(100 × Σ points of its answered questions ÷ Σ maxPoints of
    ///   its answered questions). A dimension with no answered question has no score (nil), not 0.
    /// - Overall score = round-half-up(Σ weight × score ÷ Σ weight) over the scored dimensions,
    ///   using their rounded scores; nil when no question is answered.
    /// - round-half-up(x) = ⌊x + ½⌋, computed in whole numbers: 12.5 gives 13, 12.49 gives 12.
    /// - Each score's level is the level whose `from…to` contains it.
    ///
    /// An id the content does not have is refused (keys are checked in sorted order, so the same
    /// input always names the same culprit).
    public func score(answers: [String: String]) throws(AnswerError) -> DiagnosticResult {
        let chosen = try chosenAnswers(answers)
        let scores = dimensions.map { dimensionScore($0, chosen: chosen) }
        let overall = weightedMean(scores)
        return DiagnosticResult(
            overall: overall, level: overall.flatMap(level(for:)), dimensions: scores,
            answered: chosen.count, questionCount: questions.count)
    }

    private func chosenAnswers(_ answers: [String: String]) throws(AnswerError) -> [String: AnswerOption] {
        var chosen: [String: AnswerOption] = [:]
        for (questionID, answerID) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = questions.first(where: { $0.id == questionID }) else {
                throw .unknownQuestion(questionID)
            }
            guard let answer = question.answers.first(where: { $0.id == answerID }) else {
                throw .unknownAnswer(question: questionID, answer: answerID)
            }
            chosen[questionID] = answer
        }
        return chosen
    }

    private func dimensionScore(_ dimension: Dimension, chosen: [String: AnswerOption]) -> DimensionScore {
        let own = questions.filter { $0.dimension == dimension.id }
        let answered = own.filter { chosen[$0.id] != nil }
        let points = answered.reduce(0) { $0 + (chosen[$1.id]?.points ?? 0) }
        let maximum = answered.reduce(0) { $0 + $1.maxPoints }
        let score = maximum > 0 ? roundHalfUp(100 * points, over: maximum) : nil
        return DimensionScore(
            dimension: dimension.id, name: dimension.name, weight: dimension.weight, score: score,
            level: score.flatMap(level(for:)), answered: answered.count, questionCount: own.count)
    }

    private func weightedMean(_ scores: [DimensionScore]) -> Int? {
        let scored = scores.compactMap { entry in entry.score.map { (weight: entry.weight, score: $0) } }
        let totalWeight = scored.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return nil }
        return roundHalfUp(scored.reduce(0) { $0 + $1.weight * $1.score }, over: totalWeight)
    }
}

/// ⌊numerator ÷ denominator + ½⌋ for a non-negative numerator and a positive denominator, in
/// whole numbers so no floating-point error can tip a half either way.
func roundHalfUp(_ numerator: Int, over denominator: Int) -> Int {
    (2 * numerator + denominator) / (2 * denominator)
}

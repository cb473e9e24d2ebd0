extension Content {
    /// Scores a diagnostic from the chosen answer per question id.
    ///
    /// The rule, deterministic and the same in every language:
    /// - A question missing from `answers` is skipped: it counts neither in the points nor in the
    ///   maximum, so "I'd rather not say" does not lower a score. A question hidden by its
    ///   `showIf` counts the same way (an answer to it is ignored), and is not counted in
    ///   `questionCount`: the visitor was never asked it.
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
        let asked = try askedAnswers(answers)
        let shown = shownQuestionIDs(asked)
        var chosen: [String: AnswerOption] = [:]
        for question in questions {
            chosen[question.id] = asked[question.id].flatMap { id in question.answers.first { $0.id == id } }
        }
        let scores = dimensions.map { dimensionScore($0, chosen: chosen, shown: shown) }
        let overall = weightedMean(scores)
        return DiagnosticResult(
            overall: overall, level: overall.flatMap(level(for:)), dimensions: scores,
            answered: chosen.count, questionCount: shown.count)
    }

    private func dimensionScore(_ dimension: Dimension, chosen: [String: AnswerOption], shown: Set<String>) -> DimensionScore {
        let own = questions.filter { $0.dimension == dimension.id && shown.contains($0.id) }
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

extension Content {
    /// The most actions shown per weak dimension: enough to choose, few enough to start.
    public static let maxActionsPerDimension = 3

    /// The plan for a diagnostic result.
    ///
    /// A dimension is weak when it has a score strictly below `weakBelow` (from
    /// recommendations.json); unscored and strong dimensions get nothing. Each weak dimension gets
    /// the first three recommendations of that dimension, in content order, whose `appliesBelow` is
    /// strictly above its score (the loader guarantees at least one). Weakest dimensions come
    /// first, ties in content order. Works on a result scored in another language: only ids and
    /// scores are used.
    public func advice(for result: DiagnosticResult) -> [DimensionAdvice] {
        let weak = dimensions.enumerated().compactMap { index, dimension -> (index: Int, Dimension, score: Int)? in
            guard let score = result.dimensions.first(where: { $0.dimension == dimension.id })?.score,
                  score < weakBelow else { return nil }
            return (index, dimension, score)
        }
        return weak
            .sorted { ($0.score, $0.index) < ($1.score, $1.index) }
            .map { _, dimension, score in
                DimensionAdvice(dimension: dimension.id, name: dimension.name, score: score,
                                actions: actions(for: dimension.id, score: score))
            }
    }

    private func actions(for dimension: String, score: Int) -> [RecommendedAction] {
        let applicable = recommendations.filter { $0.dimension == dimension && score < $0.appliesBelow }
        return applicable.compactMap(resolve).prefix(Self.maxActionsPerDimension).map { $0 }
    }

    private func resolve(_ recommendation: Recommendation) -> RecommendedAction? {
        guard let training = trainings.first(where: { $0.id == recommendation.training }) else { return nil }
        return RecommendedAction(
            id: recommendation.id, title: recommendation.title, text: recommendation.text,
            effort: recommendation.effort, cost: recommendation.cost, training: TrainingLink(training),
            offers: recommendation.offers.compactMap { id in offers.first { $0.id == id } })
    }
}

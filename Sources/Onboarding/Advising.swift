extension Content {
    /// How many actions the result screen puts first ("Vos 3 priorités").
    public static let priorityCount = 3

    /// The actions the answers call for, most useful first.
    ///
    /// An action is offered when one of its `when` conditions is met by the answers (answers to
    /// questions the visitor was not shown are ignored, as in scoring). recommendations.json lists
    /// actions in the order of usefulness the CCI chose, so the offered ones keep that order: the
    /// first three are the priorities, the rest come on demand. No action is ever triggered by an
    /// answer that says the practice is in place (the loader refuses such content). Works with
    /// answers given in another language: only ids are used.
    public func plan(for answers: [String: String]) -> ActionPlan {
        let asked = answers.filter { shownQuestionIDs(answers).contains($0.key) }
        let offered = recommendations.filter { $0.when.contains { $0.isMet(by: asked) } }.map(resolve)
        return ActionPlan(priorities: Array(offered.prefix(Self.priorityCount)), more: Array(offered.dropFirst(Self.priorityCount)))
    }

    private func resolve(_ recommendation: Recommendation) -> RecommendedAction {
        let training = recommendation.training.flatMap { id in trainings.first { $0.id == id } }
        let action = recommendation.action == .training
            ? RecommendedAction.Action(kind: .training, training: training?.id, title: training?.title, minutes: training?.durationMinutes)
            : RecommendedAction.Action(kind: recommendation.action, training: nil, title: nil, minutes: nil)
        return RecommendedAction(
            id: recommendation.id, dimension: recommendation.dimension, title: recommendation.title, text: recommendation.text,
            effort: recommendation.effort, cost: recommendation.cost, action: action,
            offers: recommendation.offers.compactMap { id in offers.first { $0.id == id } })
    }
}

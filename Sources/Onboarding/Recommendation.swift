/// A concrete action offered when a dimension is weak, linked to a training on the kiosk.
public struct Recommendation: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    /// The id of the dimension whose weak score calls for this action.
    public let dimension: String
    public let title: String
    /// One paragraph: what to do and why it pays off.
    public let text: String
    /// How long or hard it is, in the owner's words ("1 heure", "une demi-journée").
    public let effort: String
    public let cost: Cost
    /// The action is offered only when the dimension's score is strictly below this value, so
    /// basic actions can be kept for the weakest profiles.
    public let appliesBelow: Int
    /// The id of the training that shows how to do it.
    public let training: String
    /// Ids of local offers (workshop, discount, advisor) that help with it.
    public let offers: [String]

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(
            ["id", "dimension", "title", "text", "effort", "cost", "appliesBelow", "training", "offers"])
        id = try fields.required("id").identifier()
        dimension = try fields.required("dimension").identifier()
        title = try fields.required("title").text()
        text = try fields.required("text").text()
        effort = try fields.required("effort").text()
        cost = try fields.required("cost").choice(Cost.self)
        appliesBelow = try fields.required("appliesBelow").integer(in: 1...100)
        training = try fields.required("training").identifier()
        offers = try fields.optional("offers")?.list(count: 0...Int.max) { node throws(ContentError) in
            try node.identifier()
        } ?? []
    }
}

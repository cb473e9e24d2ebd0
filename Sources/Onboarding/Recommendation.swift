/// A concrete action, offered when the visitor's answers show the practice is missing, with a
/// button to what the kiosk can do about it.
public struct Recommendation: Codable, Equatable, Sendable {
    /// What the action's button opens on the kiosk.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// The kiosk's own page builder: a page for the shop in a few minutes.
        case pageBuilder
        /// One of the kiosk's trainings (`training`).
        case training
        /// The request to be called back by a CCI advisor.
        case advisor
    }

    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    /// The id of the dimension the action improves.
    public let dimension: String
    public let title: String
    /// One or two plain sentences: what to do and why it pays off.
    public let text: String
    /// How long or hard it is, in the owner's words ("1 heure", "une demi-journée").
    public let effort: String
    public let cost: Cost
    /// The answers that call for this action: any one of them is enough. Never an answer marked
    /// `inPlace` (checked at load), so an action never contradicts what the visitor said.
    public let when: [AnswerCondition]
    public let action: Kind
    /// The id of the training that shows how to do it; required when `action` is `training`.
    public let training: String?
    /// Ids of local offers (workshop, discount, advisor) that help with it.
    public let offers: [String]

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(
            ["id", "dimension", "title", "text", "effort", "cost", "when", "action", "training", "offers"])
        id = try fields.required("id").identifier()
        dimension = try fields.required("dimension").identifier()
        title = try fields.required("title").text()
        text = try fields.required("text").text()
        effort = try fields.required("effort").text()
        cost = try fields.required("cost").choice(Cost.self)
        when = try fields.required("when").list(count: 1...Int.max) { node throws(ContentError) in try AnswerCondition(node) }
        action = try fields.optional("action")?.choice(Kind.self) ?? .training
        training = try fields.optional("training")?.identifier()
        if action == .training, training == nil {
            throw node.refusal(at: "training", "is missing: an action of kind training names the training to open")
        }
        offers = try fields.optional("offers")?.list(count: 0...Int.max) { node throws(ContentError) in
            try node.identifier()
        } ?? []
    }
}

/// One answer a shop owner can touch, worth some of its question's points.
public struct AnswerOption: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let label: String
    /// From 0 to the question's `maxPoints`.
    public let points: Int
    /// The visitor says the practice is already in place (or not needed): no recommended action
    /// may be triggered by this answer, a check made when the content loads.
    public let inPlace: Bool

    init(_ node: ContentNode, maximum: Int) throws(ContentError) {
        let fields = try node.fields(["id", "label", "points", "inPlace"])
        id = try fields.required("id").identifier()
        label = try fields.required("label").text()
        let pointsNode = try fields.required("points")
        points = try pointsNode.integer(in: 0...Int.max)
        guard points <= maximum else {
            throw pointsNode.refusal("\(points) is above the question's maximum \(maximum)")
        }
        inPlace = try fields.optional("inPlace")?.boolean() ?? false
    }
}

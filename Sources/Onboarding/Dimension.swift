/// One axis of the diagnostic (online presence, payment, security…), scored on its own so the
/// shop owner sees where to act rather than a single grade.
public struct Dimension: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let name: String
    /// One or two sentences shown under the name on the result screen.
    public let description: String
    /// How much this dimension counts in the overall score (1 to 10), relative to the others.
    public let weight: Int

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "name", "description", "weight"])
        id = try fields.required("id").identifier()
        name = try fields.required("name").text()
        description = try fields.required("description").text()
        weight = try fields.required("weight").integer(in: 1...10)
    }
}

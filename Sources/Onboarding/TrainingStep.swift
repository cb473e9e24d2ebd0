/// One screen of a training: a short title and a few sentences.
public struct TrainingStep: Codable, Equatable, Sendable {
    public let title: String
    public let text: String

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["title", "text"])
        title = try fields.required("title").text()
        text = try fields.required("text").text()
    }
}

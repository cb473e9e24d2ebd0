/// A flash training the owner follows at the kiosk: a few short steps, then a quiz.
public struct Training: Codable, Equatable, Sendable {
    /// Stable and the same in every language: what answers, links and records refer to.
    public let id: String
    public let title: String
    /// One sentence on the training's card: what the owner will be able to do afterwards.
    public let summary: String
    /// An honest estimate, shown before starting so nobody is caught short at the counter.
    public let durationMinutes: Int
    /// Three to six steps, in order.
    public let steps: [TrainingStep]
    public let quiz: Quiz

    init(_ node: ContentNode) throws(ContentError) {
        let fields = try node.fields(["id", "title", "summary", "durationMinutes", "steps", "quiz"])
        id = try fields.required("id").identifier()
        title = try fields.required("title").text()
        summary = try fields.required("summary").text()
        durationMinutes = try fields.required("durationMinutes").integer(in: 1...30)
        steps = try fields.required("steps").list(count: 3...6, TrainingStep.init)
        quiz = try Quiz(fields.required("quiz"))
    }
}

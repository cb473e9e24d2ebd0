import JSON

/// What the dashboard reads from a `diagnostic.completed` event's data: the score per
/// dimension (absent: not scored) and the answer id per question.
struct DiagnosticFacts: Equatable {
    var scores: [String: Int] = [:]
    var answers: [String: String] = [:]

    init(_ data: [JSONField]) {
        for field in data {
            switch (field.key, field.value) {
            case ("dimensions", .object(let dimensions)):
                for dimension in dimensions {
                    if case .number(let number) = dimension.value, let score = Int(number.text) { scores[dimension.key] = score }
                }
            case ("answers", .object(let answers)):
                for answer in answers {
                    if case .string(let value) = answer.value { self.answers[answer.key] = value }
                }
            default: continue
            }
        }
    }

    /// From the event log's stored text; nil when it is not a JSON object.
    init?(text: String) {
        guard case .object(let data)? = try? JSON.parse(Array(text.utf8)) else { return nil }
        self.init(data)
    }
}

/// Reads the fields of a draft one by one, collecting a problem for each that cannot be kept
/// (the field is then left out of the profile, so the preview still shows the rest).
struct DraftReader {
    private(set) var problems: [FieldProblem] = []

    mutating func report(_ field: String, _ code: String, limit: Int? = nil, value: String? = nil) {
        guard !problems.contains(where: { $0.field == field }) else { return }
        problems.append(FieldProblem(field, code, limit: limit, value: value))
    }

    func hasProblem(_ field: String) -> Bool { problems.contains { $0.field == field } }

    /// Cleaned text within `limit` characters, or nil (empty, or too long and reported).
    mutating func text(_ field: String, _ raw: String?, limit: Int, paragraphs: Bool = false) -> String? {
        guard let value = paragraphs ? TypedText.paragraphs(raw) : TypedText.line(raw) else { return nil }
        guard value.count <= limit else {
            report(field, "error-too-long", limit: limit)
            return nil
        }
        return value
    }

    /// Cleaned text put through `transform`; reported with `code` when it refuses.
    mutating func normalised(_ field: String, _ raw: String?, code: String, _ transform: (String) -> String?) -> String? {
        guard let value = TypedText.line(raw) else { return nil }
        guard let result = transform(value) else {
            report(field, code)
            return nil
        }
        return result
    }
}

extension JSONDecodingError {
    /// The field error for a `DecodingError` that a type's own `init(from:)` threw, e.g.
    /// `dataCorruptedError(in:debugDescription:)` for a value it refuses: its text is the reason.
    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self = .field(path: renderPath(pathSteps(context.codingPath + [key])), reason: "is required")
        case .valueNotFound(_, let context):
            self = .field(path: renderPath(pathSteps(context.codingPath)), reason: "must not be null")
        case .typeMismatch(_, let context), .dataCorrupted(let context):
            self = .field(path: renderPath(pathSteps(context.codingPath)), reason: context.debugDescription)
        @unknown default:
            self = .field(path: "", reason: String(describing: error))
        }
    }
}

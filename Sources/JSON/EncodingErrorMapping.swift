extension JSONEncodingError {
    /// The error for an `EncodingError` a type's own `encode(to:)` threw.
    init(_ error: EncodingError) {
        switch error {
        case .invalidValue(_, let context):
            let path = renderPath(pathSteps(context.codingPath))
            self.init(reason: path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)")
        @unknown default:
            self.init(reason: String(describing: error))
        }
    }
}

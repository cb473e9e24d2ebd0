/// Why a JSON document could not become the requested type, phrased so a client can fix it.
///
/// Either the text is not JSON at all, or one field is wrong: then the error names that field by
/// its path (`answers[2].id`, empty for the document itself) and says what it must be.
public enum JSONDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(JSONSyntaxError)
    /// `reason` is one of "is required", "must not be null", "must be a string", "must be an
    /// integer", "must be a number", "must be true or false", "must be an object", "must be an
    /// array", "is out of range", "is not a field of this request", or the text a type's own
    /// `init(from:)` gave when it refused the value.
    case field(path: String, reason: String)

    /// `answers[2].id: must be a string`, or the syntax error's own description.
    public var description: String {
        switch self {
        case .syntax(let error): error.description
        case .field(let path, let reason): path.isEmpty ? reason : "\(path): \(reason)"
        }
    }
}

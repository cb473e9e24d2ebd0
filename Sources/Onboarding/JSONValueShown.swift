import JSON

extension JSONValue {
    /// How a refusal shows what it found instead of what it expected.
    var shown: String {
        switch self {
        case .object: "an object"
        case .array: "a list"
        case .string(let text): "'\(text)'"
        case .number(let number): number.text
        case .bool(let flag): "\(flag)"
        case .null: "null"
        }
    }
}

/// String enums that a client sends in JSON: an unknown value is refused with a message that
/// lists the allowed ones (the 422 names the field and says what would have been right).
public protocol ClosedSet: RawRepresentable<String>, CaseIterable, Decodable {}

extension ClosedSet {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(rawValue: text) else {
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "must be one of \(allowed)")
        }
        self = value
    }
}

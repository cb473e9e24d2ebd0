/// A `JSONValue` as a field of a `Codable` type, for data passed through without a fixed shape
/// (an event's free-form `data`), read and written as it is.
///
/// Only `JSON.decode` and `JSON.encode` can do this: another coder has no way to carry a number's
/// exact text or an object's member order, and this project uses no other.
extension JSONValue: Codable {
    /// The value as parsed, whatever its shape; its members are never "unknown fields".
    public init(from decoder: any Decoder) throws {
        guard let decoder = decoder as? ValueDecoder else {
            throw DecodingError.typeMismatch(JSONValue.self, DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "a JSONValue can only be read by JSON.decode"))
        }
        self = decoder.value
    }

    /// Written as it is, member order kept.
    public func encode(to encoder: any Encoder) throws {
        guard let encoder = encoder as? ValueEncoder else {
            throw EncodingError.invalidValue(self, EncodingError.Context(
                codingPath: encoder.codingPath, debugDescription: "a JSONValue can only be written by JSON.encode"))
        }
        encoder.node.set(self)
    }
}

/// A timestamp travels as an RFC 3339 string (`"2026-11-23T12:47:55Z"`): readable in a log or a
/// request body, and what the Standard Webhooks events and most clients expect.
extension Timestamp: Codable {
    /// Refuses a string that is not RFC 3339, or an impossible date, with a message a client can act on.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let timestamp = Timestamp(rfc3339: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "must be an RFC 3339 date-time such as 2026-11-23T12:47:55Z")
        }
        self = timestamp
    }

    /// Refuses a year outside 0000–9999 rather than send text no RFC 3339 reader accepts.
    public func encode(to encoder: any Encoder) throws {
        guard hasFourDigitYear else {
            throw EncodingError.invalidValue(self, EncodingError.Context(
                codingPath: encoder.codingPath,
                debugDescription: "\(rfc3339) is outside the years 0000-9999 that RFC 3339 can write"))
        }
        var container = encoder.singleValueContainer()
        try container.encode(rfc3339)
    }
}

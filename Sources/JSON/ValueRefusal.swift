/// Why a JSON value cannot be read as a Swift scalar, before the decoder adds the field's path.
struct ValueRefusal: Error {
    let reason: String

    static let outOfRange = ValueRefusal(reason: "is out of range")

    /// "must be …" for the wrong kind of value; null gets its own reason, as it is usually a
    /// client sending an empty value where one is needed rather than a confusion of types.
    static func expected(_ reason: String, found value: JSONValue) -> ValueRefusal {
        if case .null = value { return ValueRefusal(reason: "must not be null") }
        return ValueRefusal(reason: reason)
    }
}

/// Writes an encoder's whole value as one scalar or one wrapped value.
struct WholeValueEncodingContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    func encodeNil() { encoder.node.set(.null) }
    func encode(_ value: Bool) { encoder.node.set(.bool(value)) }
    func encode(_ value: String) { encoder.node.set(.string(value)) }
    func encode(_ value: Double) throws { encoder.node.set(try encoder.number(value, at: nil)) }
    func encode(_ value: Float) throws { encoder.node.set(try encoder.number(value, at: nil)) }
    func encode(_ value: Int) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: Int8) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: Int16) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: Int32) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: Int64) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: UInt) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: UInt8) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: UInt16) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: UInt32) { encoder.node.set(.number(JSONNumber(value))) }
    func encode(_ value: UInt64) { encoder.node.set(.number(JSONNumber(value))) }

    /// A wrapper type's value, written in place of this one.
    func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: encoder)
    }
}

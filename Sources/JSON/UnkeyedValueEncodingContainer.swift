/// Writes the elements of one JSON array, in order.
struct UnkeyedValueEncodingContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.node.count }

    private func put(_ value: JSONValue) {
        encoder.node.append(EncodingNode(.value(value)))
    }

    private func child() -> ValueEncoder {
        let child = encoder.child(at: .index(count))
        encoder.node.append(child.node)
        return child
    }

    func encodeNil() { put(.null) }
    func encode(_ value: Bool) { put(.bool(value)) }
    func encode(_ value: String) { put(.string(value)) }
    func encode(_ value: Double) throws { put(try encoder.number(value, at: .index(count))) }
    func encode(_ value: Float) throws { put(try encoder.number(value, at: .index(count))) }
    func encode(_ value: Int) { put(.number(JSONNumber(value))) }
    func encode(_ value: Int8) { put(.number(JSONNumber(value))) }
    func encode(_ value: Int16) { put(.number(JSONNumber(value))) }
    func encode(_ value: Int32) { put(.number(JSONNumber(value))) }
    func encode(_ value: Int64) { put(.number(JSONNumber(value))) }
    func encode(_ value: UInt) { put(.number(JSONNumber(value))) }
    func encode(_ value: UInt8) { put(.number(JSONNumber(value))) }
    func encode(_ value: UInt16) { put(.number(JSONNumber(value))) }
    func encode(_ value: UInt32) { put(.number(JSONNumber(value))) }
    func encode(_ value: UInt64) { put(.number(JSONNumber(value))) }

    func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: child())
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        child().container(keyedBy: type)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        child().unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        child()
    }
}

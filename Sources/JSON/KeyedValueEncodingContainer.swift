/// Writes the members of one JSON object.
struct KeyedValueEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    private func put(_ value: JSONValue, _ key: Key) {
        encoder.node.set(EncodingNode(.value(value)), forKey: key.stringValue)
    }

    private func child(_ key: Key) -> ValueEncoder {
        let child = encoder.child(at: .key(key.stringValue))
        encoder.node.set(child.node, forKey: key.stringValue)
        return child
    }

    func encodeNil(forKey key: Key) { put(.null, key) }
    func encode(_ value: Bool, forKey key: Key) { put(.bool(value), key) }
    func encode(_ value: String, forKey key: Key) { put(.string(value), key) }
    func encode(_ value: Double, forKey key: Key) throws { put(try encoder.number(value, at: .key(key.stringValue)), key) }
    func encode(_ value: Float, forKey key: Key) throws { put(try encoder.number(value, at: .key(key.stringValue)), key) }
    func encode(_ value: Int, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: Int8, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: Int16, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: Int32, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: Int64, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: UInt, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: UInt8, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: UInt16, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: UInt32, forKey key: Key) { put(.number(JSONNumber(value)), key) }
    func encode(_ value: UInt64, forKey key: Key) { put(.number(JSONNumber(value)), key) }

    func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: child(key))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(key).unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        let child = encoder.child(at: PathKey.superKey.step)
        encoder.node.set(child.node, forKey: PathKey.superKey.stringValue)
        return child
    }

    func superEncoder(forKey key: Key) -> any Encoder {
        child(key)
    }
}

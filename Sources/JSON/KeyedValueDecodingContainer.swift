/// Reads the members of one JSON object by key, marking each one read.
struct KeyedValueDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ValueDecoder
    let fields: [JSONField]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { fields.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool {
        decoder.memberIndex(key.stringValue, in: fields) != nil
    }

    /// The member's value, marked read; an absent member "is required".
    private func member(_ key: Key) throws(JSONDecodingError) -> JSONValue {
        guard let index = decoder.memberIndex(key.stringValue, in: fields) else {
            throw decoder.failure(at: .key(key.stringValue), "is required")
        }
        decoder.markRead(index)
        return fields[index].value
    }

    private func read<T: DecodableScalar>(_: T.Type, _ key: Key) throws(JSONDecodingError) -> T {
        let value = try member(key)
        do {
            return try T.read(from: value)
        } catch {
            throw decoder.failure(at: .key(key.stringValue), error.reason)
        }
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try member(key) == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(type, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.decode(type, from: try member(key), at: .key(key.stringValue))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.nestedDecoder(for: try member(key), at: .key(key.stringValue)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.nestedDecoder(for: try member(key), at: .key(key.stringValue)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        superDecoder(named: PathKey.superKey.stringValue)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        superDecoder(named: key.stringValue)
    }

    /// A decoder for the member `name`, or for null when there is none (as Foundation does).
    private func superDecoder(named name: String) -> any Decoder {
        let index = decoder.memberIndex(name, in: fields)
        index.map(decoder.markRead)
        return decoder.nestedDecoder(for: index.map { fields[$0].value } ?? .null, at: .key(name))
    }
}

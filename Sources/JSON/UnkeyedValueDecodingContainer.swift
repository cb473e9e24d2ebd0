/// Reads the elements of one JSON array in order.
struct UnkeyedValueDecodingContainer: UnkeyedDecodingContainer {
    let decoder: ValueDecoder
    let elements: [JSONValue]
    private(set) var currentIndex = 0

    init(decoder: ValueDecoder, elements: [JSONValue]) {
        self.decoder = decoder
        self.elements = elements
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// The next element and its step; past the end, that element "is required".
    private mutating func next() throws(JSONDecodingError) -> (JSONValue, PathStep) {
        guard !isAtEnd else { throw decoder.failure(at: .index(currentIndex), "is required") }
        currentIndex += 1
        return (elements[currentIndex - 1], .index(currentIndex - 1))
    }

    private mutating func read<T: DecodableScalar>(_: T.Type) throws(JSONDecodingError) -> T {
        let (value, step) = try next()
        do {
            return try T.read(from: value)
        } catch {
            throw decoder.failure(at: step, error.reason)
        }
    }

    /// True, and moves on, when the next element is null; false, staying put, otherwise.
    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw decoder.failure(at: .index(currentIndex), "is required") }
        guard elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try read(type) }
    mutating func decode(_ type: String.Type) throws -> String { try read(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try read(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try read(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try read(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try read(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try read(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try read(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try read(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try read(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try read(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try read(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try read(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try read(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, step) = try next()
        return try decoder.decode(type, from: value, at: step)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, step) = try next()
        return try decoder.nestedDecoder(for: value, at: step).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (value, step) = try next()
        return try decoder.nestedDecoder(for: value, at: step).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (value, step) = try next()
        return decoder.nestedDecoder(for: value, at: step)
    }
}

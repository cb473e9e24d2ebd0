/// The `Decoder` behind `JSON.decode`: one per JSON value a type reads itself from.
///
/// It knows its place in the document to name a faulty field, and which members of its object
/// were read, to refuse the ones no type asked for.
final class ValueDecoder: Decoder {
    private static let linearSearchLimit = 16

    let value: JSONValue
    let allowUnknownKeys: Bool
    private let parentPath: PathNode?
    private let step: PathStep?
    /// This decoder's place, made only when a child or an error needs it: most values have neither.
    private lazy var path = PathNode(parent: parentPath, step: step)
    /// Per member of `value`, whether it was read; nil until a keyed container is asked for.
    private var membersRead: [Bool]?
    /// Decoders for nested containers and super decoders, whose members are checked with ours.
    private var nested: [ValueDecoder] = []
    /// Member positions by key, built only for objects too large for a linear search.
    private lazy var memberIndexes: [String: Int] = {
        guard case .object(let fields) = value else { return [:] }
        return Dictionary(fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    init(root: JSONValue, allowUnknownKeys: Bool) {
        value = root
        self.allowUnknownKeys = allowUnknownKeys
        parentPath = nil
        step = nil
    }

    /// A decoder for `value` at `step` below `parent`; nil `step` is the same place (a wrapper).
    private init(_ value: JSONValue, parent: ValueDecoder, step: PathStep?) {
        self.value = value
        allowUnknownKeys = parent.allowUnknownKeys
        parentPath = parent.path
        self.step = step
    }

    var codingPath: [any CodingKey] { path.steps.map(PathKey.init) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A field error at this value, or at `step` inside it.
    func failure(at step: PathStep? = nil, _ reason: String) -> JSONDecodingError {
        .field(path: renderPath(path.steps + (step.map { [$0] } ?? [])), reason: reason)
    }

    /// The error for a value of the wrong kind ("must not be null" when it is null).
    private func mismatch(_ expected: String) -> JSONDecodingError {
        failure(ValueRefusal.expected(expected, found: value).reason)
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let fields) = value else { throw mismatch("must be an object") }
        if !allowUnknownKeys && membersRead == nil { membersRead = Array(repeating: false, count: fields.count) }
        return KeyedDecodingContainer(KeyedValueDecodingContainer<Key>(decoder: self, fields: fields))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch("must be an array") }
        return UnkeyedValueDecodingContainer(decoder: self, elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        WholeValueDecodingContainer(decoder: self)
    }
}

extension ValueDecoder {
    /// The position of the member named `key`, if the object has one.
    func memberIndex(_ key: String, in fields: [JSONField]) -> Int? {
        fields.count <= Self.linearSearchLimit ? fields.firstIndex { $0.key == key } : memberIndexes[key]
    }

    func markRead(_ index: Int) {
        membersRead?[index] = true
    }

    /// `type` read from `value` at `step` below this decoder, its unknown members refused.
    func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, at step: PathStep?) throws(JSONDecodingError) -> T {
        try ValueDecoder(value, parent: self, step: step).decodeSelf(type)
    }

    /// A decoder for a nested container or a super decoder, checked when this one is.
    func nestedDecoder(for value: JSONValue, at step: PathStep) -> ValueDecoder {
        let decoder = ValueDecoder(value, parent: self, step: step)
        nested.append(decoder)
        return decoder
    }

    /// `type` read from this decoder's value, every error turned into a `JSONDecodingError`.
    func decodeSelf<T: Decodable>(_ type: T.Type) throws(JSONDecodingError) -> T {
        do {
            let decoded = try type.init(from: self)
            try requireAllMembersRead()
            return decoded
        } catch let error as JSONDecodingError {
            throw error
        } catch let error as DecodingError {
            throw JSONDecodingError(error)
        } catch {
            throw failure(String(describing: error))
        }
    }

    /// Refuses the first member, in document order, that no keyed container read.
    private func requireAllMembersRead() throws(JSONDecodingError) {
        for decoder in nested { try decoder.requireAllMembersRead() }
        guard let membersRead, let unread = membersRead.firstIndex(of: false),
              case .object(let fields) = value else { return }
        throw failure(at: .key(fields[unread].key), "is not a field of this request")
    }
}

/// The `Encoder` behind `JSON.encode`: writes into an `EncodingNode` and knows its place in the
/// document, so an error names the field that could not be written.
final class ValueEncoder: Encoder {
    let node: EncodingNode
    private let parent: ValueEncoder?
    private let step: PathStep?

    private init(node: EncodingNode, parent: ValueEncoder?, step: PathStep?) {
        self.node = node
        self.parent = parent
        self.step = step
    }

    /// `value` as a tree, every error turned into a `JSONEncodingError`.
    static func encode<T: Encodable>(_ value: T) throws(JSONEncodingError) -> JSONValue {
        let encoder = ValueEncoder(node: EncodingNode(), parent: nil, step: nil)
        do {
            try value.encode(to: encoder)
        } catch let error as JSONEncodingError {
            throw error
        } catch let error as EncodingError {
            throw JSONEncodingError(error)
        } catch {
            throw JSONEncodingError(reason: String(describing: error))
        }
        return encoder.node.value
    }

    var codingPath: [any CodingKey] { steps.map(PathKey.init) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private var steps: [PathStep] {
        var steps: [PathStep] = []
        var encoder: ValueEncoder? = self
        while let current = encoder {
            if let step = current.step { steps.append(step) }
            encoder = current.parent
        }
        return steps.reversed()
    }

    /// An encoder for a new node at `step` below this one; the caller attaches the node.
    func child(at step: PathStep) -> ValueEncoder {
        ValueEncoder(node: EncodingNode(), parent: self, step: step)
    }

    /// The number at `step` (nil: this value), or an error naming it if JSON cannot write it.
    func number<Floating: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Floating, at step: PathStep?
    ) throws(JSONEncodingError) -> JSONValue {
        guard let number = JSONNumber(value) else {
            let path = renderPath(steps + (step.map { [$0] } ?? []))
            let problem = "\(value) is not a finite number, which JSON cannot write"
            throw JSONEncodingError(reason: path.isEmpty ? problem : "\(path): \(problem)")
        }
        return .number(number)
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedValueEncodingContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedValueEncodingContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        WholeValueEncodingContainer(encoder: self)
    }
}

/// One value being encoded, shared by reference so that nested containers, which Swift hands
/// out as separate values, all write into the same tree.
final class EncodingNode {
    enum Content {
        /// Nothing written yet; written as `{}`, as a type that encodes nothing is an empty object.
        case empty
        case value(JSONValue)
        case object([String: EncodingNode])
        case array([EncodingNode])
    }

    private(set) var content: Content

    init(_ content: Content = .empty) {
        self.content = content
    }

    /// Turns this node into an object, unless it is one already (a second keyed container on
    /// the same encoder adds to the first).
    func becomeObject() {
        if case .object = content { return }
        content = .object([:])
    }

    func becomeArray() {
        if case .array = content { return }
        content = .array([])
    }

    func set(_ value: JSONValue) {
        content = .value(value)
    }

    /// Sets a member; a key written twice keeps its last value.
    func set(_ child: EncodingNode, forKey key: String) {
        guard case .object(var members) = content else { return }
        content = .empty  // releases the enum's reference, so the dictionary is changed in place
        members[key] = child
        content = .object(members)
    }

    func append(_ child: EncodingNode) {
        guard case .array(var elements) = content else { return }
        content = .empty  // as in `set(_:forKey:)`: no copy of the elements
        elements.append(child)
        content = .array(elements)
    }

    var count: Int {
        guard case .array(let elements) = content else { return 0 }
        return elements.count
    }

    /// The finished value, object members sorted by key (UTF-8 byte order, the same on every
    /// platform and independent of Unicode normalisation) so equal values give equal bytes.
    var value: JSONValue {
        switch content {
        case .empty: .object([])
        case .value(let value): value
        case .array(let elements): .array(elements.map(\.value))
        case .object(let members):
            .object(members
                .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                .map { JSONField($0.key, $0.value.value) })
        }
    }
}

/// A small JSON document for building test content, with ordered fields and edits by path.
indirect enum JSONText: Sendable, Equatable {
    case object([Member])
    case array([JSONText])
    case string(String)
    /// A number as written, so tests can write `1.5` or `-1`.
    case number(String)
    case bool(Bool)

    struct Member: Sendable, Equatable {
        var key: String
        var value: JSONText
    }

    /// One step of a path: a field name or a list index.
    enum Step: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, Sendable {
        case key(String)
        case index(Int)

        init(stringLiteral value: String) { self = .key(value) }
        init(integerLiteral value: Int) { self = .index(value) }
    }

    var rendered: String {
        switch self {
        case .object(let members):
            "{" + members.map { "\(JSONText.string($0.key).rendered): \($0.value.rendered)" }.joined(separator: ", ") + "}"
        case .array(let elements): "[" + elements.map(\.rendered).joined(separator: ", ") + "]"
        case .string(let text): "\"" + text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .number(let lexeme): lexeme
        case .bool(let flag): "\(flag)"
        }
    }

    /// Sets (or, with nil, removes) the value at `path`; the path's parents must exist.
    mutating func set(_ path: [Step], _ value: JSONText?) {
        guard let first = path.first else { return }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var members), .key(let key)):
            let index = members.firstIndex { $0.key == key }
            if rest.isEmpty {
                if let index { members.remove(at: index) }
                if let value { members.insert(Member(key: key, value: value), at: index ?? members.count) }
            } else if let index {
                members[index].value.set(rest, value)
            }
            self = .object(members)
        case (.array(var elements), .index(let index)):
            if rest.isEmpty {
                elements.remove(at: index)
                if let value { elements.insert(value, at: index) }
            } else {
                elements[index].set(rest, value)
            }
            self = .array(elements)
        default:
            break
        }
    }

    /// The value at `path`, if any.
    func get(_ path: [Step]) -> JSONText? {
        guard let first = path.first else { return self }
        switch (self, first) {
        case (.object(let members), .key(let key)):
            return members.first { $0.key == key }?.value.get(Array(path.dropFirst()))
        case (.array(let elements), .index(let index)):
            return elements.indices.contains(index) ? elements[index].get(Array(path.dropFirst())) : nil
        default:
            return nil
        }
    }
}

extension JSONText: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(String(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONText...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONText)...) {
        self = .object(elements.map { Member(key: $0.0, value: $0.1) })
    }
}

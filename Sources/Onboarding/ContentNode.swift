import JSON

/// A JSON value together with where it sits, so that every refusal names the file and the path.
///
/// Each content type reads itself from a node; the node's typed getters hold the few shapes the
/// schema uses (ids, non-empty text, bounded whole numbers, lists with a count range).
struct ContentNode {
    let value: JSONValue
    /// The file as the loader opened it.
    let file: String
    /// The JSON path of this value, empty for the document itself.
    let path: String

    func refusal(_ reason: String) -> ContentError {
        ContentError(file: file, path: path, reason: reason)
    }

    /// A refusal about a field of this object, whether or not the field is there.
    func refusal(at key: String, _ reason: String) -> ContentError {
        ContentError(file: file, path: path.isEmpty ? key : "\(path).\(key)", reason: reason)
    }

    func child(_ key: String, _ value: JSONValue) -> ContentNode {
        ContentNode(value: value, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }

    func element(_ index: Int, _ value: JSONValue) -> ContentNode {
        ContentNode(value: value, file: file, path: "\(path)[\(index)]")
    }

    /// Non-empty text, surrounding spaces removed.
    func text() throws(ContentError) -> String {
        guard case .string(let raw) = value else { throw refusal("expected text, found \(value.shown)") }
        let trimmed = raw.trimmingSpaces
        guard !trimmed.isEmpty else { throw refusal("is empty") }
        return trimmed
    }

    /// An id: what URLs, the database and the other language's files refer to.
    func identifier() throws(ContentError) -> String {
        let id = try text()
        guard id.utf8.count <= 64, id.utf8.allSatisfy(Self.isIdentifierByte) else {
            throw refusal("'\(id)' is not a valid id: use up to 64 of a-z, 0-9 and '-'")
        }
        return id
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }

    func integer(in range: ClosedRange<Int>) throws(ContentError) -> Int {
        guard case .number(let written) = value, let number = Int(written.text), range.contains(number) else {
            throw refusal("expected a whole number \(range.phrase), found \(value.shown)")
        }
        return number
    }

    func boolean() throws(ContentError) -> Bool {
        guard case .bool(let flag) = value else { throw refusal("expected true or false, found \(value.shown)") }
        return flag
    }

    /// One of a closed set of words, such as a cost or an offer kind.
    func choice<Word: RawRepresentable & CaseIterable>(_: Word.Type) throws(ContentError) -> Word
    where Word.RawValue == String {
        let words = Word.allCases.map(\.rawValue)
        guard case .string(let raw) = value, let word = Word(rawValue: raw) else {
            throw refusal("expected one of \(words.joined(separator: ", ")), found \(value.shown)")
        }
        return word
    }

    /// The elements of a list whose length must be in `count`.
    func list(count: ClosedRange<Int>) throws(ContentError) -> [ContentNode] {
        guard case .array(let elements) = value else { throw refusal("expected a list, found \(value.shown)") }
        guard count.contains(elements.count) else {
            throw refusal("expected \(count.entriesPhrase), found \(elements.count)")
        }
        return elements.enumerated().map { index, value in element(index, value) }
    }

    /// Each element of a list whose length must be in `count`, read by `read`.
    func list<Element>(
        count: ClosedRange<Int>, _ read: (ContentNode) throws(ContentError) -> Element
    ) throws(ContentError) -> [Element] {
        var elements: [Element] = []
        for node in try list(count: count) {
            elements.append(try read(node))
        }
        return elements
    }

    /// The members of an object, refusing any field not in `allowed` (most likely a typo).
    func fields(_ allowed: [String]) throws(ContentError) -> ContentFields {
        guard case .object(let members) = value else { throw refusal("expected an object, found \(value.shown)") }
        if let unknown = members.first(where: { !allowed.contains($0.key) }) {
            throw refusal(at: unknown.key, "unknown field; expected one of \(allowed.joined(separator: ", "))")
        }
        return ContentFields(node: self, members: members)
    }
}

extension ClosedRange<Int> {
    var phrase: String {
        upperBound == Int.max ? "of at least \(lowerBound)" : "from \(lowerBound) to \(upperBound)"
    }

    var entriesPhrase: String {
        upperBound == Int.max ? "at least \(lowerBound) entries" : "\(lowerBound) to \(upperBound) entries"
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars.drop { $0.properties.isWhitespace }
        let kept = scalars.reversed().drop { $0.properties.isWhitespace }.reversed()
        return String(String.UnicodeScalarView(kept))
    }
}

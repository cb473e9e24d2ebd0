extension Parser {
    /// An object, from its `{` at `index`.
    mutating func object(depth: Int) throws(SyntaxFailure) -> JSONValue {
        try enter(depth: depth)
        var fields: [JSONField] = []
        guard current != UInt8(ascii: "}") else { index += 1; return .object(fields) }
        var keys = DuplicateKeyGuard()
        while true {
            fields.append(try field(depth: depth, keys: &keys, after: fields))
            skipWhitespace()
            guard current != UInt8(ascii: ",") else { index += 1; continue }
            guard current == UInt8(ascii: "}") else { throw failure("expected ',' or '}' after a field") }
            index += 1
            return .object(fields)
        }
    }

    private mutating func field(
        depth: Int, keys: inout DuplicateKeyGuard, after fields: [JSONField]
    ) throws(SyntaxFailure) -> JSONField {
        skipWhitespace()
        guard current == UInt8(ascii: "\"") else { throw failure("expected a field name in double quotes") }
        let keyStart = index
        let key = try string()
        guard keys.admits(key, after: fields) else {
            throw SyntaxFailure(offset: keyStart, reason: "field '\(key)' appears twice")
        }
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw failure("expected ':' after the field name") }
        index += 1
        return JSONField(key, try value(depth: depth))
    }

    /// An array, from its `[` at `index`.
    mutating func array(depth: Int) throws(SyntaxFailure) -> JSONValue {
        try enter(depth: depth)
        var elements: [JSONValue] = []
        guard current != UInt8(ascii: "]") else { index += 1; return .array(elements) }
        while true {
            elements.append(try value(depth: depth))
            skipWhitespace()
            guard current != UInt8(ascii: ",") else { index += 1; continue }
            guard current == UInt8(ascii: "]") else { throw failure("expected ',' or ']' after a value") }
            index += 1
            return .array(elements)
        }
    }
}

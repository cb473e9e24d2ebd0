/// A strict RFC 8259 parser over UTF-8 bytes, building a `JSONValue`.
///
/// Stricter than most where hand-edited files and untrusted bodies need it: a trailing comma, a
/// key written twice, a leading zero, invalid UTF-8 or a lone surrogate is refused with its
/// position rather than accepted or reported without a place to look. Nesting is bounded so no
/// input can exhaust the stack.
struct Parser {
    static let maxDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// Parses one document that must fill `bytes`, apart from surrounding whitespace.
    static func parse(_ bytes: [UInt8]) throws(SyntaxFailure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(SyntaxFailure) in
            var parser = Parser(bytes: buffer)
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            guard parser.current == nil else { throw parser.failure("unexpected text after the end of the document") }
            return value
        }
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    func failure(_ reason: String) -> SyntaxFailure {
        SyntaxFailure(offset: index, reason: reason)
    }

    func unexpected() -> SyntaxFailure {
        guard let byte = current else { return failure("unexpected end of file") }
        guard (0x21..<0x7F).contains(byte) else { return failure("unexpected character") }
        return failure("unexpected '\(Character(Unicode.Scalar(byte)))'")
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(SyntaxFailure) -> JSONValue {
        skipWhitespace()
        guard let byte = current else { throw unexpected() }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: throw unexpected()
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(SyntaxFailure) -> JSONValue {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes[index...].starts(with: expected) else { throw unexpected() }
        index += expected.count
        return value
    }

    /// Refuses the opening bracket at `index` if it nests too deep, else steps over it.
    mutating func enter(depth: Int) throws(SyntaxFailure) {
        guard depth <= Self.maxDepth else { throw failure("nesting deeper than \(Self.maxDepth) levels") }
        index += 1
        skipWhitespace()
    }
}

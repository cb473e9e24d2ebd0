/// JSON in and out without Foundation: the daemon's idle-memory budget has no room for it.
///
/// Parsing is strict and its errors point at a line and column; decoding names the faulty field
/// by its path and refuses fields the type does not know; encoding is stable (sorted keys) and
/// safe to embed in HTML.
public enum JSON {
    /// The deepest nesting of arrays and objects `parse` accepts: far beyond any real document,
    /// low enough that no input can exhaust the stack.
    public static let maxDepth = Parser.maxDepth

    /// Parses one RFC 8259 document, strictly: no trailing comma, no comment, no key twice in an
    /// object, valid UTF-8 only, no lone surrogate in `\u` escapes, at most `maxDepth` levels.
    /// A byte-order mark is refused too: strip it first if a source may add one.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        do {
            return try Parser.parse(bytes)
        } catch {
            throw error.located(in: bytes)
        }
    }

    /// Compact UTF-8 JSON, members in the order `value` holds them.
    public static func serialize(_ value: JSONValue) -> [UInt8] {
        var writer = Writer()
        writer.write(value)
        return writer.bytes
    }

    /// Compact UTF-8 JSON for `value`: object keys sorted (the same value always gives the same
    /// bytes), nil optionals left out, text escaped as `serialize` does so it is safe in HTML.
    /// A `JSONValue` inside `value` keeps its own member order.
    public static func encode<T: Encodable>(_ value: T) throws(JSONEncodingError) -> [UInt8] {
        serialize(try ValueEncoder.encode(value))
    }

    /// `value` as a tree (object keys sorted, nil optionals left out), for a caller that merges it
    /// into a larger document rather than writing it alone.
    public static func value<T: Encodable>(of value: T) throws(JSONEncodingError) -> JSONValue {
        try ValueEncoder.encode(value)
    }

    /// Parses then decodes; see `decode(_:from:allowUnknownKeys:)` for a parsed value.
    public static func decode<T: Decodable>(
        _ type: T.Type, from bytes: [UInt8], allowUnknownKeys: Bool = false
    ) throws(JSONDecodingError) -> T {
        let value: JSONValue
        do {
            value = try parse(bytes)
        } catch {
            throw .syntax(error)
        }
        return try decode(type, from: value, allowUnknownKeys: allowUnknownKeys)
    }

    /// Decodes `value` as `type`, naming the faulty field by its path when it cannot.
    ///
    /// By default a member the type did not read is refused ("is not a field of this request"),
    /// so a client's misspelt optional field is reported instead of silently ignored. Integers
    /// are read exactly: `1.5` or `1e2` is not an `Int`, and a number outside the type's range
    /// is refused rather than wrapped or rounded.
    public static func decode<T: Decodable>(
        _ type: T.Type, from value: JSONValue, allowUnknownKeys: Bool = false
    ) throws(JSONDecodingError) -> T {
        try ValueDecoder(root: value, allowUnknownKeys: allowUnknownKeys).decodeSelf(type)
    }
}

/// Parses one line of the TOML subset: blank or comment, `[table]`, or `key = value`.
///
/// Every construct fits on one line (multi-line strings and arrays are outside the subset), so
/// a line is the whole unit of parsing and every error knows its line number.
struct TOMLLineParser {
    enum Line {
        case blank
        case table(String)
        case keyValue(String, ConfigValue)
    }

    private let scalars: [Unicode.Scalar]
    private let location: String
    /// The next scalar to read; internal so the value and string extensions can save a start.
    private(set) var index = 0

    init(scalars: [Unicode.Scalar], location: String) {
        self.scalars = scalars
        self.location = location
    }

    mutating func parseLine() throws(ConfigError) -> Line {
        skipWhitespace()
        let line: Line
        switch peek {
        case nil, "#": line = .blank
        case "[": line = .table(try tableHeader())
        default: line = try keyValue()
        }
        try expectEnd(after: line)
        return line
    }

    private mutating func tableHeader() throws(ConfigError) -> String {
        advance()
        if peek == "[" { throw fail("arrays of tables ([[…]]) are not supported") }
        skipWhitespace()
        let name = try key()
        guard peek == "]" else {
            throw fail(peek == nil ? "unterminated table header" : "expected ']' after table name '\(name)'")
        }
        advance()
        return name
    }

    private mutating func keyValue() throws(ConfigError) -> Line {
        let name = try key()
        guard peek == "=" else { throw fail("expected '=' after key '\(name)'") }
        advance()
        skipWhitespace()
        return .keyValue(name, try value())
    }

    /// A bare key and the whitespace after it.
    private mutating func key() throws(ConfigError) -> String {
        let start = index
        while let scalar = peek, TOMLCharacter.isBareKey(scalar) { advance() }
        guard index > start else { throw fail(missingKeyReason()) }
        let name = text(from: start)
        if let scalar = peek, !TOMLCharacter.isWhitespace(scalar), !["=", ".", "]"].contains(scalar) {
            throw fail("invalid character \(describe(scalar)) in key '\(name)'")
        }
        skipWhitespace()
        if peek == "." { throw fail("dotted keys are not supported ('\(name).…'); use a [table] header") }
        return name
    }

    private func missingKeyReason() -> String {
        switch peek {
        case "\"", "'": "quoted keys are not supported"
        case nil, "]": "missing key"
        case "=": "missing key before '='"
        case let scalar?: "invalid character \(describe(scalar)) in key"
        }
    }

    /// After a line's content only whitespace and a comment may follow.
    private mutating func expectEnd(after line: Line) throws(ConfigError) {
        skipWhitespace()
        switch peek {
        case nil: return
        case "#": try comment()
        default:
            let what = if case .table = line { "table header" } else { "value" }
            throw fail("unexpected text after \(what): '\(rest)'")
        }
    }

    private mutating func comment() throws(ConfigError) {
        while let scalar = peek {
            if TOMLCharacter.isControl(scalar) {
                throw fail("control character \(TOMLCharacter.codePoint(scalar)) in comment")
            }
            advance()
        }
    }

    // MARK: Cursor, shared with the value and string extensions

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(ahead offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance() { index += 1 }

    mutating func skipWhitespace() {
        while let scalar = peek, TOMLCharacter.isWhitespace(scalar) { advance() }
    }

    func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        return String(view)
    }

    /// What is left of the line, for "unexpected text" errors.
    var rest: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[index...])
        return String(view)
    }

    func fail(_ reason: String) -> ConfigError {
        ConfigError(location: location, reason: reason)
    }

    /// A character as an error shows it: quoted, or as `U+0007` when printing it would not help.
    func describe(_ scalar: Unicode.Scalar) -> String {
        TOMLCharacter.isControl(scalar) ? TOMLCharacter.codePoint(scalar) : "'\(scalar)'"
    }
}

/// Values of the TOML subset: strings, integers, booleans and one-line arrays of those.
extension TOMLLineParser {
    mutating func value() throws(ConfigError) -> ConfigValue {
        switch peek {
        case nil, "#": throw fail("missing value after '='")
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return try array()
        case "{": throw fail("inline tables are not supported")
        default: return try bareValue()
        }
    }

    /// `[a, b, c]` on one line; a trailing comma is allowed, as in TOML.
    private mutating func array() throws(ConfigError) -> ConfigValue {
        advance()
        skipWhitespace()
        var items: [ConfigValue] = []
        while peek != "]" {
            items.append(try arrayItem())
            skipWhitespace()
            switch peek {
            case ",": advance(); skipWhitespace()
            case "]": break
            case nil, "#": throw unterminatedArray
            case let next?: throw fail("expected ',' or ']' in array, found \(describe(next))")
            }
        }
        advance()
        return .array(items)
    }

    private mutating func arrayItem() throws(ConfigError) -> ConfigValue {
        switch peek {
        case nil, "#": throw unterminatedArray
        case "[": throw fail("nested arrays are not supported")
        default: return try value()
        }
    }

    private var unterminatedArray: ConfigError {
        fail("unterminated array (arrays must fit on one line)")
    }

    /// An unquoted value: `true`, `false` or an integer; anything else is named for what it is.
    private mutating func bareValue() throws(ConfigError) -> ConfigValue {
        let start = index
        while let scalar = peek, !TOMLCharacter.isWhitespace(scalar), ![",", "]", "#"].contains(scalar) {
            advance()
        }
        let token = text(from: start)
        if token.isEmpty, let next = peek { throw fail("expected a value, found \(describe(next))") }
        if let control = token.unicodeScalars.first(where: TOMLCharacter.isControl) {
            throw fail("control character \(TOMLCharacter.codePoint(control)) in value")
        }
        do {
            return try TOMLBareValue.parse(token)
        } catch {
            throw fail(error.reason)
        }
    }
}

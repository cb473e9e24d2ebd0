/// Quoted strings: basic `"…"` with escapes, and literal `'…'` taken as written (handy for
/// Windows-style paths or regular expressions). Both must close on the line they open.
extension TOMLLineParser {
    mutating func basicString() throws(ConfigError) -> String {
        try refuseMultiline(quote: "\"")
        advance()
        var result = String.UnicodeScalarView()
        while let scalar = peek, scalar != "\"" {
            if scalar == "\\" {
                result.append(try escape())
            } else {
                try refuseControl(scalar)
                result.append(scalar)
                advance()
            }
        }
        return try close(String(result))
    }

    mutating func literalString() throws(ConfigError) -> String {
        try refuseMultiline(quote: "'")
        advance()
        let start = index
        while let scalar = peek, scalar != "'" {
            try refuseControl(scalar)
            advance()
        }
        return try close(text(from: start))
    }

    private func refuseMultiline(quote: Unicode.Scalar) throws(ConfigError) {
        if peek(ahead: 1) == quote && peek(ahead: 2) == quote {
            throw fail("multi-line strings are not supported")
        }
    }

    private func refuseControl(_ scalar: Unicode.Scalar) throws(ConfigError) {
        if TOMLCharacter.isControl(scalar) {
            throw fail("control character \(TOMLCharacter.codePoint(scalar)) in string (use an escape)")
        }
    }

    private mutating func close(_ string: String) throws(ConfigError) -> String {
        guard peek != nil else { throw fail("unterminated string") }
        advance()
        return string
    }

    /// One escape after a backslash: `\" \\ \n \t \r \uXXXX \UXXXXXXXX`.
    private mutating func escape() throws(ConfigError) -> Unicode.Scalar {
        advance()
        guard let letter = peek else { throw fail("unterminated string") }
        advance()
        switch letter {
        case "\"", "\\": return letter
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "u": return try unicodeEscape(letter, digits: 4)
        case "U": return try unicodeEscape(letter, digits: 8)
        default: throw fail("invalid escape '\\\(letter)' in string")
        }
    }

    private mutating func unicodeEscape(_ letter: Unicode.Scalar, digits: Int) throws(ConfigError) -> Unicode.Scalar {
        let start = index
        while index - start < digits, let scalar = peek, scalar.properties.isASCIIHexDigit { advance() }
        let hex = text(from: start)
        guard hex.unicodeScalars.count == digits else {
            throw fail("escape '\\\(letter)' needs \(digits) hex digits")
        }
        guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
            throw fail("escape '\\\(letter)\(hex)' is not a Unicode scalar value")
        }
        return scalar
    }
}

/// Writing a TOML basic string: the inverse of the parser's escapes.
enum TOMLString {
    /// `text` in double quotes, with quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            result += escaped(scalar)
        }
        return result + "\""
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\t": "\\t"
        case "\r": "\\r"
        default:
            TOMLCharacter.isControl(scalar) ? "\\u" + TOMLCharacter.hex(scalar) : String(scalar)
        }
    }
}

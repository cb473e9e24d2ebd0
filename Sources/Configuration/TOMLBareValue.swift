/// Unquoted TOML values. Besides the booleans and integers the subset accepts, it recognizes
/// what full TOML would accept here (floats, dates, hex) so the refusal says what was written.
enum TOMLBareValue {
    static func parse(_ token: String) throws(Refusal) -> ConfigValue {
        switch token {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: break
        }
        switch IntegerText.parse(token) {
        case .value(let number): return .integer(number)
        case .overflow: throw Refusal("integer \(token) does not fit in 64 bits")
        case .malformed: throw Refusal(reason(refusing: token))
        }
    }

    private static func reason(refusing token: String) -> String {
        let unsigned = token.hasPrefix("+") || token.hasPrefix("-") ? token.dropFirst() : token[...]
        guard let first = unsigned.first else { return "invalid value '\(token)'" }
        if unsigned == "inf" || unsigned == "nan" { return "floats are not supported ('\(token)')" }
        guard first.isASCII, first.isWholeNumber else {
            return "invalid value '\(token)' (strings must be quoted)"
        }
        return reason(refusingNumeric: token, unsigned: unsigned)
    }

    private static func reason(refusingNumeric token: String, unsigned: Substring) -> String {
        if ["0x", "0o", "0b"].contains(where: unsigned.hasPrefix) {
            return "hexadecimal, octal and binary integers are not supported ('\(token)')"
        }
        if unsigned.contains(":") || isDate(unsigned) {
            return "dates and times are not supported ('\(token)')"
        }
        if unsigned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return "floats are not supported ('\(token)')"
        }
        return "invalid integer '\(token)' (no leading zeros; '_' only between digits)"
    }

    /// `1979-05-27`: four digits and a dash, the start of every TOML date.
    private static func isDate(_ text: Substring) -> Bool {
        let prefix = text.prefix(5)
        return prefix.count == 5 && prefix.last == "-" && prefix.dropLast().allSatisfy { $0.isASCII && $0.isWholeNumber }
    }
}

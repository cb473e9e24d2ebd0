/// Character classes of the TOML subset, shared by the parser and the writer.
enum TOMLCharacter {
    /// Characters allowed in a bare key: the whole key grammar of the subset.
    static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// Control characters TOML forbids raw in strings and comments (tab is allowed).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }

    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// `U+0007`: how a control character is named in an error, since printing it would not help.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + hex(scalar)
    }

    /// At least four uppercase hex digits, as in `\u0007` and `U+0007`.
    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// The one integer grammar, shared by TOML files, environment variables and flags, so `8_080`
/// means the same everywhere: optional sign, decimal digits, `_` only between digits, and no
/// leading zero (which other tools would read as octal).
enum IntegerText {
    enum Parsed: Equatable {
        case value(Int)
        case malformed
        case overflow
    }

    static func parse(_ text: some StringProtocol) -> Parsed {
        var scalars = Substring(text).unicodeScalars[...]
        let negative = scalars.first == "-"
        if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
        guard let digits = digits(scalars) else { return .malformed }
        return accumulate(digits, negative: negative)
    }

    /// The digits without separators, or nil when the spelling breaks the grammar.
    private static func digits(_ scalars: Substring.UnicodeScalarView.SubSequence) -> [UInt32]? {
        guard let first = scalars.first, let last = scalars.last,
              TOMLCharacter.isDecimalDigit(first), TOMLCharacter.isDecimalDigit(last) else { return nil }
        var result: [UInt32] = []
        var previous: Unicode.Scalar = "0"
        for scalar in scalars {
            if TOMLCharacter.isDecimalDigit(scalar) {
                result.append(scalar.value - 0x30)
            } else if scalar != "_" || previous == "_" {
                return nil
            }
            previous = scalar
        }
        return result.count > 1 && first == "0" ? nil : result
    }

    private static func accumulate(_ digits: [UInt32], negative: Bool) -> Parsed {
        var total = 0
        for digit in digits {
            let (shifted, overflowA) = total.multipliedReportingOverflow(by: 10)
            let signed = negative ? -Int(digit) : Int(digit)
            let (sum, overflowB) = shifted.addingReportingOverflow(signed)
            if overflowA || overflowB { return .overflow }
            total = sum
        }
        return .value(total)
    }
}

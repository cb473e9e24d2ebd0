import Glibc

/// The shop's colour, used behind white text (buttons, the header), so it must keep WCAG's
/// 4.5:1 contrast with white: a too-light colour is refused rather than made unreadable.
public enum AccentColour {
    public enum Problem: Error, Sendable, Equatable { case notAColour, tooLight }

    /// `#rrggbb` lower-cased from `#RRGGBB`, `RRGGBB` or `#rgb`.
    public static func parse(_ text: String) -> Result<String, Problem> {
        var hex = Array(text.lowercased().utf8)
        if hex.first == UInt8(ascii: "#") { hex.removeFirst() }
        if hex.count == 3 { hex = hex.flatMap { [$0, $0] } }
        guard hex.count == 6, hex.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            return .failure(.notAColour)
        }
        let colour = "#" + String(decoding: hex, as: UTF8.self)
        return contrastWithWhite(colour) >= 4.5 ? .success(colour) : .failure(.tooLight)
    }

    /// WCAG 2 contrast ratio between `#rrggbb` and white.
    public static func contrastWithWhite(_ colour: String) -> Double {
        let hex = Array(colour.utf8.dropFirst())
        func channel(_ index: Int) -> Double {
            let value = Double(Int(String(decoding: hex[index..<(index + 2)], as: UTF8.self), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
        return 1.05 / (luminance + 0.05)
    }
}

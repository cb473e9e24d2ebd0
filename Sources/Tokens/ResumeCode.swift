/// Short codes a shop owner copies from a screen or a printed passport and types back on a
/// later visit. The alphabet leaves out characters people confuse (0/O, 1/I/L, 2/Z, 5/S, 8/B,
/// U/V), and codes are shown in groups of four ("K7WX-3MQ9").
public enum ResumeCode {
    public static let alphabet = Array("34679ACDEFGHJKMNPQRTWXY".utf8)
    public static let length = 8

    /// A new random code, without modulo bias.
    public static func make() -> String {
        var symbols: [UInt8] = []
        while symbols.count < length {
            for byte in RandomBytes.make(length * 2) where symbols.count < length {
                let limit = 256 - 256 % alphabet.count
                if Int(byte) < limit { symbols.append(alphabet[Int(byte) % alphabet.count]) }
            }
        }
        return format(symbols)
    }

    /// The canonical form of what a person typed (case, spaces and dashes forgiven), or nil if
    /// it cannot be a code.
    public static func normalize(_ typed: String) -> String? {
        let symbols = typed.uppercased().utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: " ") }
        guard symbols.count == length, symbols.allSatisfy(alphabet.contains) else { return nil }
        return format(Array(symbols))
    }

    private static func format(_ symbols: [UInt8]) -> String {
        String(decoding: symbols[0..<4], as: UTF8.self) + "-" + String(decoding: symbols[4..<8], as: UTF8.self)
    }
}

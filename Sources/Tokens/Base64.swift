/// RFC 4648 base64 (standard alphabet, padded): Standard Webhooks secrets and signatures.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let reverse: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, symbol) in alphabet.enumerated() { table[Int(symbol)] = UInt8(index) }
        return table
    }()

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[Int((value >> (18 - 6 * UInt32(position))) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes padded base64; nil on any character outside the alphabet or bad length/padding.
    public static func decode(_ text: String) -> [UInt8]? {
        let symbols = Array(text.utf8)
        guard symbols.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(symbols.count / 4 * 3)
        for start in stride(from: 0, to: symbols.count, by: 4) {
            guard let group = decodeGroup(symbols[start..<start + 4], last: start + 4 == symbols.count) else { return nil }
            out += group
        }
        return out
    }

    private static func decodeGroup(_ group: ArraySlice<UInt8>, last: Bool) -> [UInt8]? {
        let padding = group.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2, padding == 0 || last else { return nil }
        var value: UInt32 = 0
        for (offset, symbol) in group.prefix(4 - padding).enumerated() {
            let digit = reverse[Int(symbol)]
            guard digit != 0xFF else { return nil }
            value |= UInt32(digit) << (18 - 6 * UInt32(offset))
        }
        return (0..<(3 - padding)).map { UInt8(truncatingIfNeeded: value >> (16 - 8 * UInt32($0))) }
    }
}

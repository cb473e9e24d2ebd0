/// The canonical text form of a UUID (RFC 9562): 32 lower-case hex digits in groups of
/// 8-4-4-4-12. Shared by the random and the time-ordered kinds.
enum UUIDText {
    /// `bytes` (16) with `version` in their version nibble and RFC 9562's variant bits, as text.
    static func format(_ bytes: [UInt8], version: UInt8) -> String {
        var bytes = bytes
        bytes[6] = (bytes[6] & 0x0F) | (version << 4)
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, digit) in Hex.encode(bytes).utf8.enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { text.append(UInt8(ascii: "-")) }
            text.append(digit)
        }
        return String(decoding: text, as: UTF8.self)
    }
}

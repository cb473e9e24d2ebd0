/// The canonical text form of a UUID (RFC 9562): 32 lower-case hex digits in groups of
/// 8-4-4-4-12. Shared by the random and the time-ordered kinds.
enum UUIDText {
    static func format(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, digit) in Hex.encode(bytes).utf8.enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { text.append(UInt8(ascii: "-")) }
            text.append(digit)
        }
        return String(decoding: text, as: UTF8.self)
    }
}

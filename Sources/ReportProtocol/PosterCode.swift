/// A printed poster's short code, the last part of `<public base>/q/<CODE>`: the kiosk's prefix
/// (two characters the hub gives at registration) then the kiosk's own counter, so codes are
/// unique across kiosks without asking anyone. Written in Crockford's base 32 (digits and
/// capitals without I, L, O, U): every character is in QR's alphanumeric mode, none is mistaken
/// for another when read aloud or typed from the poster (`O` reads as `0`, `I` and `L` as `1`).
public struct PosterCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 32 characters a code is written with, in value order.
    public static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    /// The prefix of a kiosk that has no hub: its codes only resolve on the kiosk itself.
    public static let standalonePrefix = "00"
    /// The prefix of codes the hub makes for posters printed from its own site.
    public static let hubPrefix = "01"
    /// A counter is written with at least this many characters (32,768 posters before it grows).
    static let minimumSerialLength = 3
    static let maximumLength = 12

    /// The canonical text: upper case, prefix then counter.
    public let text: String

    /// Reads a code as typed or scanned: any case, `O` for `0`, `I`/`L` for `1`; nil when it is
    /// not a code (wrong characters, too short or too long).
    public init?(_ text: some StringProtocol) {
        var canonical: [UInt8] = []
        for byte in text.utf8 {
            guard let value = Self.value(of: byte) else { return nil }
            canonical.append(Self.alphabet[value])
        }
        guard (2 + Self.minimumSerialLength...Self.maximumLength).contains(canonical.count) else { return nil }
        self.text = String(decoding: canonical, as: UTF8.self)
    }

    /// The `serial`-th code (from 0) of the kiosk whose prefix is `prefix`.
    public init?(prefix: String, serial: Int) {
        guard Self.isPrefix(prefix), serial >= 0 else { return nil }
        var digits: [UInt8] = []
        var rest = serial
        repeat {
            digits.append(Self.alphabet[rest % 32])
            rest /= 32
        } while rest > 0 || digits.count < Self.minimumSerialLength
        self.init(prefix + String(decoding: digits.reversed(), as: UTF8.self))
    }

    /// The kiosk prefix the code starts with.
    public var prefix: Substring { text.prefix(2) }

    /// The code as printed under the symbol and read aloud: groups of three from the end
    /// (`K7 A2C`), which people copy without losing their place.
    public var grouped: String {
        var groups: [Substring] = []
        var end = text.endIndex
        while end > text.startIndex {
            let start = text.index(end, offsetBy: -3, limitedBy: text.startIndex) ?? text.startIndex
            groups.append(text[start..<end])
            end = start
        }
        return groups.reversed().joined(separator: " ")
    }

    public var description: String { text }

    public static func < (lhs: PosterCode, rhs: PosterCode) -> Bool {
        (lhs.text.utf8.count, lhs.text) < (rhs.text.utf8.count, rhs.text)
    }

    /// True for a kiosk prefix: two characters of the alphabet, upper case.
    public static func isPrefix(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { alphabet.contains($0) }
    }

    /// A character's value, with Crockford's aliases; nil for anything else.
    private static func value(of byte: UInt8) -> Int? {
        let upper = (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
        switch upper {
        case UInt8(ascii: "O"): return 0
        case UInt8(ascii: "I"), UInt8(ascii: "L"): return 1
        default: return alphabet.firstIndex(of: upper)
        }
    }
}

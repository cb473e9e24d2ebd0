/// Web addresses and e-mail as French users type them ("www.boulangerie-dupont.fr",
/// "facebook.com/maboutique", "@maboutique"), checked and written in full, so every link on a
/// page works and none can be a `javascript:` or `data:` URL.
public enum WebAddress {
    /// An `http(s)` URL; `https://` is added when no scheme is typed. Characters a URL cannot
    /// hold as they are (spaces, quotes, accents in the path) are percent-encoded; the host
    /// cannot have any.
    public static func url(_ text: String) -> String? {
        let lower = text.lowercased()
        let rest: Substring, scheme: String
        if lower.hasPrefix("https://") { (scheme, rest) = ("https://", text.dropFirst(8)) }
        else if lower.hasPrefix("http://") { (scheme, rest) = ("http://", text.dropFirst(7)) }
        else if authorityStart(lower) != nil || lower.hasPrefix("//") { return nil }
        else { (scheme, rest) = ("https://", Substring(text)) }
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        guard let host = hostName(rest[..<hostEnd]) else { return nil }
        let tail = percentEncoded(rest[hostEnd...], keeping: "-._~:/?#[]@!$&()*+,;=%")
        let url = scheme + host + tail
        return url.utf8.count <= 500 ? url : nil
    }

    /// The host of an `http(s)` URL this type produced, lower-cased.
    public static func host(of url: String) -> String? {
        guard let start = authorityStart(url) else { return nil }
        let rest = url[start...]
        return String(rest[..<(rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex)])
    }

    /// The path, query and fragment of such a URL (`/page?x`), or "" when there is none.
    static func tail(of url: String) -> Substring {
        guard let start = authorityStart(url) else { return "" }
        let rest = url[start...]
        return rest[(rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex)...]
    }

    /// Where the host begins: just after the first `://`.
    private static func authorityStart(_ url: String) -> String.Index? {
        let bytes = Array(url.utf8)
        guard bytes.count >= 3 else { return nil }
        for offset in 0...(bytes.count - 3) where bytes[offset] == 0x3A && bytes[offset + 1] == 0x2F && bytes[offset + 2] == 0x2F {
            return url.utf8.index(url.utf8.startIndex, offsetBy: offset + 3)
        }
        return nil
    }

    /// A single mailbox `local@domain.tld`, lower-cased domain; nil for anything a mail client
    /// would choke on (spaces, several @, quotes, angle brackets).
    public static func email(_ text: String) -> String? {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, text.utf8.count <= 254, (1...64).contains(parts[0].utf8.count),
              parts[0].utf8.allSatisfy(isMailboxByte), parts[0].first != ".", parts[0].last != ".",
              let domain = hostName(parts[1]), domain.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(parts[0]) + "@" + domain
    }

    /// A host with at least one dot, labels of letters, digits and inner hyphens, and a
    /// top-level label of letters; lower-cased. Accented letters are allowed (the browser
    /// turns them into punycode).
    static func hostName(_ text: Substring) -> String? {
        var host = text.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, host.utf8.count <= 253, let top = labels.last, top.count >= 2,
              top.allSatisfy(\.isLetter) else { return nil }
        for label in labels {
            guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-",
                  label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
                  label.unicodeScalars.allSatisfy({ $0.value < 0x80 || $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { return nil }
        }
        return host
    }

    private static func isMailboxByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("!#$%&'*+-/=?^_`{|}~.".utf8).contains(byte)
        }
    }

    /// Percent-encodes every byte but ASCII letters, digits and `kept` (RFC 3986: unreserved
    /// `-._~`, plus whatever reserved characters the context allows as they are).
    public static func percentEncoded<Text: StringProtocol>(_ text: Text, keeping kept: String = "-._~") -> String {
        let allowed = Array(kept.utf8)
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var result = ""
        for byte in text.utf8 {
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isAlphanumeric || allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result.unicodeScalars.append(contentsOf: ["%", digits[Int(byte >> 4)], digits[Int(byte & 15)]])
            }
        }
        return result
    }
}

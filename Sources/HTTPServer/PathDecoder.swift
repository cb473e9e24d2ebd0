/// Percent-decoding of request targets, strict enough that a decoded path can be trusted.
///
/// libmicrohttpd is told not to unescape (an identity unescape callback), so the path arrives
/// raw and NUL bytes cannot hide behind `%00`. A path is refused if any segment is `.` or `..`
/// (raw or encoded), if it encodes a slash or backslash (`%2F`, `%5C`), contains a NUL or
/// control character, a raw backslash, a bad escape, or decodes to invalid UTF-8.
public enum PathDecoder {
    public enum Failure: Error, Equatable, Sendable {
        case notAbsolute, badEscape, forbiddenByte, encodedSeparator, dotSegment, invalidUTF8
    }

    public static func decodePath(_ raw: String) throws(Failure) -> String {
        guard raw.utf8.first == UInt8(ascii: "/") else { throw .notAbsolute }
        if !raw.utf8.contains(UInt8(ascii: "%")) {
            try checkPlain(raw.utf8)
            try checkSegments(raw)
            return raw
        }
        let bytes = try percentDecode(raw.utf8, plusAsSpace: false, forbidSeparators: true)
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8 }
        try checkSegments(decoded)
        return decoded
    }

    /// Decodes one query key or value (`+` is a space, as browsers send forms).
    public static func decodeQueryComponent(_ raw: String) throws(Failure) -> String {
        let bytes = try percentDecode(raw.utf8, plusAsSpace: true, forbidSeparators: false)
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8 }
        return decoded
    }

    private static func checkPlain(_ bytes: String.UTF8View) throws(Failure) {
        for byte in bytes where isForbidden(byte) { throw .forbiddenByte }
    }

    /// Refuses `.` and `..` segments in one pass over the bytes (no segment list is built: this
    /// runs on every request).
    private static func checkSegments(_ path: String) throws(Failure) {
        var dots = 0
        var segmentStart = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if dots > 0 { throw .dotSegment }
                segmentStart = true
            } else if segmentStart && byte == UInt8(ascii: ".") && dots < 2 {
                dots += 1
                continue
            } else {
                segmentStart = false
            }
            dots = 0
        }
        if dots > 0 { throw .dotSegment }
    }

    private static func isForbidden(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\")
    }

    private static func percentDecode(_ input: String.UTF8View, plusAsSpace: Bool,
                                      forbidSeparators: Bool) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var iterator = input.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue)
                else { throw .badEscape }
                let decoded = high << 4 | low
                if forbidSeparators && (decoded == UInt8(ascii: "/") || decoded == UInt8(ascii: "\\")) {
                    throw .encodedSeparator
                }
                if isForbidden(decoded) && decoded != UInt8(ascii: "\\") { throw .forbiddenByte }
                out.append(decoded)
            } else if isForbidden(byte) {
                throw .forbiddenByte
            } else {
                out.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension QRCode {
    /// The code of a web address, as small as it can be: the scheme and host upper-cased (see
    /// `uppercasingSchemeAndHost`) so they fit QR's alphanumeric mode (11 bits for two
    /// characters instead of 16), then the densest segments. A phone opens the same page.
    /// Every caller that encodes a URL goes through here; keep the name and signature stable.
    public static func matrix(
        forURL url: String, correction: ErrorCorrection = .medium
    ) throws(QRCodeError) -> QRMatrix {
        try matrix(for: uppercasingSchemeAndHost(url), correction: correction)
    }

    /// `url` with its `http`/`https` scheme and its host name in ASCII capitals, which RFC 3986
    /// (3.1, 3.2.2) makes case-insensitive: `https://Example.org/Path` becomes
    /// `HTTPS://EXAMPLE.ORG/Path`. Everything else is case-sensitive or may be, and stays as it
    /// is: user information, port, path, query, fragment, an IP literal in brackets (its zone
    /// may name an interface), non-ASCII host characters, and any other scheme or text.
    public static func uppercasingSchemeAndHost(_ url: String) -> String {
        let bytes = Array(url.utf8)
        guard let separator = schemeSeparator(bytes) else { return url }
        let authorityStart = separator + 3
        let authorityEnd = bytes[authorityStart...].firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? bytes.count
        let at = bytes[authorityStart..<authorityEnd].lastIndex(of: 0x40)
        let hostStart = at.map { $0 + 1 } ?? authorityStart
        guard hostStart < authorityEnd else { return url }
        let ipLiteral = bytes[hostStart] == 0x5B
        let hostEnd = ipLiteral ? hostStart : bytes[hostStart..<authorityEnd].firstIndex(of: 0x3A) ?? authorityEnd
        var upper = bytes
        for index in Array(0..<separator) + Array(hostStart..<hostEnd) { upper[index] = asciiUppercased(bytes[index]) }
        return String(decoding: upper, as: UTF8.self)
    }

    /// Where `://` starts when the text begins with `http://` or `https://` in any case.
    private static func schemeSeparator(_ bytes: [UInt8]) -> Int? {
        for scheme in ["http", "https"] {
            let prefix = Array((scheme + "://").utf8)
            guard bytes.count > prefix.count else { continue }
            if zip(bytes, prefix).allSatisfy({ asciiLowercased($0) == $1 }) { return scheme.utf8.count }
        }
        return nil
    }

    private static func asciiUppercased(_ byte: UInt8) -> UInt8 {
        (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

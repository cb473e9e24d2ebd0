/// Checks the base URL a kiosk prints into QR codes: scheme http or https, a host, no
/// userinfo, query, fragment, whitespace or control characters; the trailing slash removed.
enum PublicURL {
    static func normalize(_ text: String) -> String? {
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
        let rest = text.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" }
        guard !host.isEmpty, !host.contains("@"),
              !text.contains(where: { $0 == "?" || $0 == "#" || $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
        else { return nil }
        var url = text
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}

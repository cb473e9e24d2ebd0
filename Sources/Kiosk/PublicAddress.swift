/// Whether `public_base_url` is an address a customer's phone can open.
///
/// Every QR code, poster and receipt encodes that address: while it is unset or names this box
/// itself (a loopback host, or the "any address" `0.0.0.0` a listener binds to), the printed code
/// is dead. The kiosk then shows a demonstration banner and refuses to print (409
/// `public_address_missing`), and `vitrine config` and `vitrine admin status` warn.
public enum PublicAddress {
    /// True when `baseURL` is set and its host is not a loopback or unspecified address.
    public static func isReady(_ baseURL: String?) -> Bool {
        guard let baseURL, let host = host(of: baseURL), !host.isEmpty else { return false }
        return !isLoopback(host)
    }

    /// The line staff read in the refusal, the status and the configuration check.
    public static let staffAdvice = """
        public_base_url is unset or a loopback address, so every QR code would be dead: \
        set public_base_url to the address phones reach (the CCI hub), e.g. https://vitrine.example.org
        """

    /// The host of an `http(s)://host[:port]/…` address, lowercased, without brackets or port.
    static func host(of url: String) -> String? {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
        var authority = lower.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") {
            return authority.dropFirst().prefix { $0 != "]" }.description
        }
        return authority.prefix { $0 != ":" }.description
    }

    /// `localhost` (and its subdomains), `127.0.0.0/8`, `::1`, `0.0.0.0` and `::`, also written
    /// with a trailing dot or as an IPv4-mapped IPv6 address.
    static func isLoopback(_ host: String) -> Bool {
        var name = Substring(host)
        while name.hasSuffix(".") { name.removeLast() }
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        if name.hasPrefix("::ffff:") { name = name.dropFirst("::ffff:".count) }
        if isIPv4(name) { return name.hasPrefix("127.") || name == "0.0.0.0" }
        let groups = name.split(separator: ":", omittingEmptySubsequences: true)
        guard name.contains(":"), name == "::" || !name.hasSuffix("::"), groups.allSatisfy({ $0.allSatisfy(\.isHexDigit) }) else { return false }
        let values = groups.map { Int($0, radix: 16) ?? -1 }
        return values.dropLast().allSatisfy { $0 == 0 } && (values.last ?? 0) <= 1
    }

    private static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                && (Int(part) ?? 256) <= 255
        }
    }
}

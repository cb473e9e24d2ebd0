/// An absolute http(s) URL as vitrine's settings take them (the hub, the public base address):
/// a scheme, a host, an optional port and a path, with no userinfo, query, fragment, whitespace
/// or control characters, and no trailing slash, so paths can be appended. Parsed once, when
/// the configuration loads; whoever uses it gets its parts instead of re-reading text.
public struct WebURL: Sendable, Equatable, CustomStringConvertible {
    /// `http` or `https`, lower-case.
    public let scheme: String
    /// As written, lower-cased; an IPv6 literal keeps its brackets (`[::1]`).
    public let host: String
    public let port: Int?
    /// Empty, or `/` and more, without a trailing slash.
    public let path: String

    /// A URL from its parts, as a default is written (`http://127.0.0.1:8080`).
    public init(scheme: String, host: String, port: Int? = nil, path: String = "") {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
    }

    /// Parses `text`; nil for anything but an http(s) URL of the shape above.
    public init?(_ text: String) {
        guard !text.contains(where: { $0 == "?" || $0 == "#" || $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }),
              let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://") else { return nil }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[text.index(colon, offsetBy: 3)...]
        let authority = rest.prefix { $0 != "/" }
        guard !authority.isEmpty, !authority.contains("@"), let (host, port) = Self.split(authority) else { return nil }
        var path = String(rest.dropFirst(authority.count))
        while path.hasSuffix("/") { path.removeLast() }
        self.scheme = scheme
        self.host = host.lowercased()
        self.port = port
        self.path = path
    }

    /// `scheme://host[:port]path`, the form QR codes and reports use.
    public var description: String {
        scheme + "://" + host + (port.map { ":\($0)" } ?? "") + path
    }

    /// This URL with `suffix` (starting with `/`) appended to its path.
    public func appending(_ suffix: String) -> String { description + suffix }

    /// Host and port of an authority: `[v6]:port`, `name:port` or either without a port.
    private static func split(_ authority: Substring) -> (Substring, Int?)? {
        var host = authority
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                portText = after.dropFirst()
            }
        } else if let colon = authority.firstIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        guard !host.isEmpty, host != "[]" else { return nil }
        guard let portText else { return (host, nil) }
        guard !portText.isEmpty, portText.count <= 5, portText.allSatisfy(\.isASCII), portText.allSatisfy(\.isNumber),
              let port = Int(portText), (1...65535).contains(port) else { return nil }
        return (host, port)
    }
}

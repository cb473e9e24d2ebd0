/// The social links a page builder asks for, accepted the ways owners know them (a copied URL,
/// `@handle`, a page name) and written as full URLs on the network's own host, so a link on a
/// shop's page can never lead somewhere else.
public enum SocialLink {
    /// `https://www.facebook.com/<page>` from a facebook.com / fb.com URL or a page name.
    public static func facebook(_ text: String) -> String? {
        if let path = path(text, hosts: ["facebook.com", "www.facebook.com", "m.facebook.com", "fb.com", "www.fb.com", "fr-fr.facebook.com"]) {
            return path.isEmpty ? nil : "https://www.facebook.com/" + path
        }
        let name = text.hasPrefix("@") ? String(text.dropFirst()) : text
        guard (5...50).contains(name.utf8.count), name.utf8.allSatisfy({ isNameByte($0) || $0 == UInt8(ascii: "-") }) else { return nil }
        return "https://www.facebook.com/" + name
    }

    /// `https://www.instagram.com/<handle>/` from an instagram.com URL or `@handle`.
    public static func instagram(_ text: String) -> String? {
        var handle = text.hasPrefix("@") ? String(text.dropFirst()) : text
        if let path = path(text, hosts: ["instagram.com", "www.instagram.com"]) {
            handle = String(path.split(separator: "/").first ?? "")
        }
        guard (1...30).contains(handle.utf8.count), handle.utf8.allSatisfy(isNameByte) else { return nil }
        return "https://www.instagram.com/" + handle.lowercased() + "/"
    }

    /// The review link Google gives a business; only Google's hosts, only HTTPS.
    public static func googleReview(_ text: String) -> String? {
        guard let url = WebAddress.url(text), url.hasPrefix("https://") || !text.lowercased().hasPrefix("http://"),
              let host = WebAddress.host(of: url),
              ["g.page", "google.com", "www.google.com", "google.fr", "www.google.fr", "search.google.com",
               "maps.google.com", "maps.google.fr", "maps.app.goo.gl", "goo.gl", "g.co"].contains(host) else { return nil }
        return url.hasPrefix("http://") ? "https://" + url.dropFirst(7) : url
    }

    /// The path after one of `hosts` (without leading or trailing slashes, query dropped), or
    /// nil when `text` is not a URL on those hosts.
    private static func path(_ text: String, hosts: Set<String>) -> String? {
        guard let url = WebAddress.url(text), let host = WebAddress.host(of: url), hosts.contains(host) else { return nil }
        let tail = WebAddress.tail(of: url)
        let path = tail.prefix { $0 != "?" && $0 != "#" }.split(separator: "/").joined(separator: "/")
        return path.utf8.allSatisfy({ isNameByte($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "%") })
            ? path : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
    }
}

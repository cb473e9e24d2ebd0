/// Escaping for the two HTML contexts the pages write user text into. Everything a shop owner
/// typed goes through one of these, so no name, description or link can open a tag, close an
/// attribute or start a script.
public enum HTMLEscaping {
    /// Text between tags: `&`, `<` and `>` (the last so `]]>`-style tricks in foreign
    /// content cannot matter either).
    public static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// A double-quoted attribute value: also `"` and `'`.
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    /// A link target the pages may emit: absolute `https`/`http`, `tel:`, `mailto:`, or a path
    /// on this site; anything else (`javascript:`, `data:`, protocol-relative `//host`) gives nil,
    /// whatever escaping would do to it. The result is attribute-escaped.
    public static func href(_ url: String) -> String? {
        let lower = url.lowercased()
        let allowed = lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("tel:")
            || lower.hasPrefix("mailto:") || (lower.hasPrefix("/") && !lower.hasPrefix("//"))
        guard allowed, !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return attribute(url)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        guard value.utf8.contains(where: { needsEscape($0, quotes: quotes) }) else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ byte: UInt8, quotes: Bool) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
    }
}

/// Entity tags for content built once (assets, cached pages): a strong tag from a 64-bit
/// FNV-1a hash of the bytes, so the same content always gets the same tag across restarts.
public enum ETag {
    public static func strong(for bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// RFC 9110 weak comparison for `If-None-Match`: `*`, or any listed tag equal to `tag`
    /// once a `W/` prefix is ignored.
    public static func matches(ifNoneMatch header: String, tag: String) -> Bool {
        let opaque = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
        for candidate in header.split(separator: ",") {
            var value = candidate.trimmingSpaces()
            if value == "*" { return true }
            if value.hasPrefix("W/") { value.removeFirst(2) }
            if value == opaque { return true }
        }
        return false
    }
}

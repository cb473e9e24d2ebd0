/// Version 4 (random) UUIDs in their lower-case text form: ids (owners, shops, batches…) that
/// never collide across kiosks and reveal nothing about order or time. Reported events and
/// visitor sessions use `TimeOrderedUUID`.
public enum RandomUUID {
    public static func make() -> String {
        UUIDText.format(RandomBytes.make(16), version: 4)
    }

    /// True for the canonical text form (any version), lower or upper case.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if Hex.value(byte) == nil {
                return false
            }
        }
        return true
    }
}

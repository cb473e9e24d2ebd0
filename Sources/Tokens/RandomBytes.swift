import CCrypto

/// Cryptographically secure random bytes from libcrypto's generator (`RAND_bytes`, seeded by
/// the kernel), for identifiers and secrets that a visitor or an attacker must not guess.
public enum RandomBytes {
    public static func make(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        let status = bytes.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32($0.count)) }
        if status != 1 { Crypto.failed("RAND_bytes") }
        return bytes
    }
}

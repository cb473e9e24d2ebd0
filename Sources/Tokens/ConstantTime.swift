import CCrypto

/// Comparison whose duration does not depend on where two secrets first differ, so timing
/// cannot be used to guess a PIN hash or a signature byte by byte (libcrypto's `CRYPTO_memcmp`).
public enum ConstantTime {
    public static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard !lhs.isEmpty else { return true }
        return lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in CRYPTO_memcmp(left.baseAddress, right.baseAddress, lhs.count) == 0 }
        }
    }
}

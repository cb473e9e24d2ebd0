import Glibc

/// Cryptographically secure random bytes from the kernel (`getentropy(3)`, i.e. `getrandom(2)`),
/// for identifiers and secrets that a visitor or an attacker must not guess.
public enum RandomBytes {
    public static func make(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let chunk = min(256, count - filled)  // getentropy's limit per call
            let status = bytes[filled..<filled + chunk].withUnsafeMutableBytes { getentropy($0.baseAddress, chunk) }
            if status == 0 { filled += chunk }
        }
        return bytes
    }
}

import CCrypto

/// HMAC-SHA256 (RFC 2104) from libcrypto: signs and checks Standard Webhooks reports, keys PIN
/// hashes.
public enum HMAC {
    public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var mac = [UInt8](repeating: 0, count: 32)
        // A real buffer even for an empty key: libcrypto may read a NULL key as "no key given".
        let keyBuffer = key.isEmpty ? [0] : key
        let status = keyBuffer.withUnsafeBytes { keyBytes in
            message.withUnsafeBufferPointer { text in
                vitrine_hmac_sha256(keyBytes.baseAddress, Int32(key.count), text.baseAddress, text.count, &mac)
            }
        }
        if status != 1 { Crypto.failed("HMAC-SHA256") }
        return mac
    }
}

import CCrypto

/// How an administrator's password is kept: PBKDF2-HMAC-SHA256 (RFC 8018) with a random
/// per-account salt and many iterations, so a stolen database makes each guess cost real work.
/// Unlike a kiosk PIN, a password of 12 or more characters can resist an offline search, so the
/// iteration count matters here; it is stored with the hash, to be raised later without
/// invalidating existing accounts.
public enum PasswordHash {
    /// Slow for a guesser, barely noticed by a person logging in. libcrypto's cost grows linearly
    /// with it: `openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt pass:x -kdfopt salt:y
    /// -kdfopt iter:120000 PBKDF2` times the same computation on the box.
    public static let defaultIterations = 120_000

    /// The 32-byte derived key of `password` for `salt` after `iterations` rounds (at least 1),
    /// computed by libcrypto's `PKCS5_PBKDF2_HMAC`.
    public static func make(password: String, salt: [UInt8], iterations: Int) -> [UInt8] {
        let secret = Array(password.utf8)
        var key = [UInt8](repeating: 0, count: 32)
        let rounds = Int32(clamping: max(1, iterations))
        let status = secret.withUnsafeBufferPointer { text in
            salt.withUnsafeBufferPointer { saltBytes in
                text.withMemoryRebound(to: CChar.self) { characters in
                    vitrine_pbkdf2_sha256(characters.baseAddress, Int32(secret.count), saltBytes.baseAddress,
                                          Int32(salt.count), rounds, &key, Int32(key.count))
                }
            }
        }
        if status != 1 { Crypto.failed("PBKDF2-HMAC-SHA256") }
        return key
    }

    /// Compares in constant time (the hash's bytes, whatever the password).
    public static func matches(password: String, salt: [UInt8], iterations: Int, hash: [UInt8]) -> Bool {
        ConstantTime.equal(make(password: password, salt: salt, iterations: iterations), hash)
    }
}

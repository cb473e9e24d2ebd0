/// How an administrator's password is kept: PBKDF2-HMAC-SHA256 (RFC 8018) with a random
/// per-account salt and many iterations, so a stolen database makes each guess cost real work.
/// Unlike a kiosk PIN, a password of 12 or more characters can resist an offline search, so the
/// iteration count matters here; it is stored with the hash, to be raised later without
/// invalidating existing accounts.
public enum PasswordHash {
    /// About 0.17 s per check on the 2-core box (release build, measured): slow for a guesser,
    /// barely noticed by a person logging in.
    public static let defaultIterations = 120_000

    /// The 32-byte derived key of `password` for `salt` after `iterations` rounds (at least 1).
    public static func make(password: String, salt: [UInt8], iterations: Int) -> [UInt8] {
        let key = PreparedKey(Array(password.utf8))
        var block = key.mac(salt + [0, 0, 0, 1])
        var result = block
        for _ in 1..<max(1, iterations) {
            block = key.mac(block)
            for index in result.indices { result[index] ^= block[index] }
        }
        return result
    }

    /// Compares in constant time (the hash's bytes, whatever the password).
    public static func matches(password: String, salt: [UInt8], iterations: Int, hash: [UInt8]) -> Bool {
        ConstantTime.equal(make(password: password, salt: salt, iterations: iterations), hash)
    }
}

/// HMAC-SHA256 with the key's padded blocks hashed once, so each of the many rounds costs two
/// compressions instead of four.
private struct PreparedKey {
    let inner: SHA256
    let outer: SHA256

    init(_ key: [UInt8]) {
        var block = key.count > 64 ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        self.inner = inner
        self.outer = outer
    }

    func mac(_ message: [UInt8]) -> [UInt8] {
        var inner = self.inner
        inner.update(message)
        var outer = self.outer
        outer.update(inner.finalize())
        return outer.finalize()
    }
}

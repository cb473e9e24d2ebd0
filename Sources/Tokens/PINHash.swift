/// How a PIN is kept: HMAC-SHA256 keyed by a random per-owner salt, iterated so that each
/// guess costs real work. A 4–6 digit PIN can never resist an offline search on its own; the
/// protection is the server's attempt limit and lock-out, and this keeps the stored value from
/// showing the PIN at a glance or matching across owners.
public enum PINHash {
    public static let iterations = 2000

    public static func make(pin: String, salt: [UInt8]) -> [UInt8] {
        var digest = Array(pin.utf8)
        for _ in 0..<iterations { digest = HMAC.sha256(key: salt, message: digest) }
        return digest
    }

    public static func matches(pin: String, salt: [UInt8], hash: [UInt8]) -> Bool {
        ConstantTime.equal(make(pin: pin, salt: salt), hash)
    }
}

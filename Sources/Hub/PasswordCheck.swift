import Tokens

/// The CPU-heavy middle of a login attempt (`AdminLogin`): the password hashed with the
/// account's salt and rounds (or a decoy's, for an unknown name), and, for a good password kept
/// with fewer rounds than today's, its new hash with a fresh salt. It touches no database and
/// takes no lock, so it may run on the server's idle lane (`SCHED_IDLE`), where a thread can
/// wait for a free core as long as the box is busy without stalling anyone.
struct PasswordCheck: Sendable {
    /// The name as stored (lower case) and the client's address key, if any.
    let name: String
    let addressKey: String?
    let password: String
    let salt: [UInt8]
    let iterations: Int
    /// The account's hash; nil for an unknown name (hashed all the same, never matched).
    let expected: [UInt8]?
    /// Rounds a good password is brought up to when it was kept with fewer.
    let currentIterations: Int

    /// What the hashing found.
    struct Verdict: Sendable {
        let check: PasswordCheck
        let matched: Bool
        /// Salt and hash at today's cost, for a good password kept with fewer rounds.
        let upgrade: (salt: [UInt8], hash: [UInt8])?
    }

    func run() -> Verdict {
        let hash = PasswordHash.make(password: password, salt: salt, iterations: iterations)
        let matched = expected.map { ConstantTime.equal(hash, $0) } ?? false
        guard matched, iterations < currentIterations else { return Verdict(check: self, matched: matched, upgrade: nil) }
        let fresh = RandomBytes.make(16)
        return Verdict(check: self, matched: true, upgrade: (fresh, PasswordHash.make(password: password, salt: fresh, iterations: currentIterations)))
    }
}

/// What happens when libcrypto itself fails (out of memory, a broken installation): never
/// caused by input, and no safe answer exists (a digest or random bytes we cannot trust), so the
/// process stops with the reason rather than carry on with wrong bytes.
enum Crypto {
    static func failed(_ operation: String) -> Never {
        preconditionFailure("libcrypto: \(operation) failed")
    }
}

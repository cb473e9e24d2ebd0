import CCrypto

/// SHA-256 from the system's libcrypto: the notice hashes of consents, the CSP hashes of inline
/// styles, session-token digests, and the digest under HMAC and PBKDF2. Incremental (`update`
/// then `finalize`) for callers that hash in pieces; a copy of a hasher continues on its own.
public struct SHA256 {
    private var context: DigestContext

    public init() { context = DigestContext() }

    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    public mutating func update(_ bytes: [UInt8]) {
        if !isKnownUniquelyReferenced(&context) { context = context.copy() }
        context.update(bytes)
    }

    /// The 32-byte digest; the hasher then starts again from empty.
    public mutating func finalize() -> [UInt8] {
        if !isKnownUniquelyReferenced(&context) { context = context.copy() }
        return context.finalize()
    }
}

/// Owns one `EVP_MD_CTX`, freed with the value.
private final class DigestContext {
    private let handle: OpaquePointer

    init() {
        handle = Self.allocate()
        Self.require(vitrine_sha256_init(handle))
    }

    private init(copying other: OpaquePointer) {
        handle = Self.allocate()
        Self.require(EVP_MD_CTX_copy_ex(handle, other))
    }

    deinit { EVP_MD_CTX_free(handle) }

    func copy() -> DigestContext { DigestContext(copying: handle) }

    func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { Self.require(EVP_DigestUpdate(handle, $0.baseAddress, $0.count)) }
    }

    func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        Self.require(EVP_DigestFinal_ex(handle, &digest, nil))
        Self.require(vitrine_sha256_init(handle))
        return digest
    }

    private static func allocate() -> OpaquePointer {
        guard let handle = EVP_MD_CTX_new() else { Crypto.failed("EVP_MD_CTX_new") }
        return handle
    }

    private static func require(_ status: Int32) {
        if status != 1 { Crypto.failed("SHA-256") }
    }
}

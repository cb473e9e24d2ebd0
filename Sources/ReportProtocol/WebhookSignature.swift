import Tokens

/// Standard Webhooks (v1) signatures: HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`,
/// sent as `v1,<base64>`; several space-separated signatures are accepted (key rotation), and a
/// timestamp more than five minutes away from now is refused (a replay window, and a clock check).
public enum WebhookSignature {
    /// Seconds a request's timestamp may be away from the receiver's clock.
    public static let tolerance: Int64 = 300

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missingHeader(String)
        case badTimestamp
        case outsideTolerance(skewSeconds: Int64)
        case noValidSignature

        public var description: String {
            switch self {
            case .missingHeader(let name): "missing header \(name)"
            case .badTimestamp: "webhook-timestamp is not a number of seconds"
            case .outsideTolerance(let skew): "timestamp \(skew) s away from the receiver's clock (more than \(tolerance) s)"
            case .noValidSignature: "no signature matches"
            }
        }
    }

    /// `v1,<base64 HMAC>` for one request.
    public static func sign(_ secret: WebhookSecret, id: String, timestamp: Int64, body: [UInt8]) -> String {
        "v1," + Base64.encode(mac(secret, id: id, timestamp: String(timestamp), body: body))
    }

    /// Checks the three headers against `body`, in constant time per signature.
    public static func verify(_ secret: WebhookSecret, id: String?, timestamp: String?, signatures: String?,
                              body: [UInt8], now: Int64) throws(Failure) {
        guard let id, !id.isEmpty else { throw .missingHeader("webhook-id") }
        guard let timestamp else { throw .missingHeader("webhook-timestamp") }
        guard let signatures else { throw .missingHeader("webhook-signature") }
        guard let seconds = Int64(timestamp), timestamp.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { throw .badTimestamp }
        guard abs(seconds - now) <= tolerance else { throw .outsideTolerance(skewSeconds: seconds - now) }
        let expected = mac(secret, id: id, timestamp: timestamp, body: body)
        var matched = false
        for candidate in signatures.split(separator: " ") where candidate.hasPrefix("v1,") {
            if let given = Base64.decode(String(candidate.dropFirst(3))), ConstantTime.equal(given, expected) { matched = true }
        }
        guard matched else { throw .noValidSignature }
    }

    private static func mac(_ secret: WebhookSecret, id: String, timestamp: String, body: [UInt8]) -> [UInt8] {
        HMAC.sha256(key: secret.key, message: Array(id.utf8) + [0x2E] + Array(timestamp.utf8) + [0x2E] + body)
    }
}

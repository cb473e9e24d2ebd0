import Tokens

/// A kiosk's signing key, written `whsec_<base64>` as Standard Webhooks does, so any of that
/// specification's libraries can sign or verify a report with it.
public struct WebhookSecret: Sendable, Equatable {
    public let key: [UInt8]

    /// Reads `whsec_<base64 of 24 to 64 bytes>`; nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.filter { $0 != "\n" && $0 != "\r" && $0 != " " }
        guard trimmed.hasPrefix("whsec_"), let key = Base64.decode(String(trimmed.dropFirst(6))),
              (24...64).contains(key.count) else { return nil }
        self.key = key
    }

    init(key: [UInt8]) { self.key = key }

    /// A fresh 32-byte key from the kernel's random source.
    public static func generate() -> WebhookSecret { WebhookSecret(key: RandomBytes.make(32)) }

    public var text: String { "whsec_" + Base64.encode(key) }
}

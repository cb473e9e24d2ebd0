/// What an action costs in money, so the owner can pick the free ones first.
public enum Cost: String, CaseIterable, Codable, Sendable {
    case free
    /// A few euros a month or a small one-off purchase.
    case low
    /// A real budget: a provider, a subscription, equipment.
    case paid
}

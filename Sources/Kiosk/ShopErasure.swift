import ReportOutbox
import Storage
import Time

/// Erasing a shop on request (RGPD art. 17), here and at the hub: the shop, and its owner with
/// every personal field (consent record, resume code, PIN, advisor requests, personal fields of
/// unsent events) go in one transaction that also queues a `shop.erased` event, so the hub
/// unpublishes the page and forgets the owner. Anonymous progress stays, unlinked, as when an
/// owner withdraws consent.
public enum ShopErasure {
    /// What was erased.
    public struct Outcome: Sendable, Equatable {
        public let shopID: String
        public let slug: String?
        /// Whether the shop had an owner (the demo shop has none), now erased too.
        public let ownerErased: Bool
        public let advisorRequests: Int
    }

    /// Erases the shop named by its slug or its id; nil when there is none (nothing changed).
    public static func erase(_ database: Database, shop: String, now: Timestamp = .now()) throws -> Outcome? {
        try database.erase { (connection) throws(StorageError) in try erase(connection, shop: shop, now: now) }
    }

    static func erase(_ connection: Connection, shop: String, now: Timestamp) throws(StorageError) -> Outcome? {
        guard let row = try connection.query("SELECT id, slug, owner_id FROM shops WHERE slug = ?1 OR id = ?1 LIMIT 1",
                                             [.text(shop)]).first, let id = row.string(0) else { return nil }
        let slug = row.string(1)
        let owner = row.string(2)
        try connection.execute("DELETE FROM shops WHERE id = ?", [.text(id)])
        var requests = 0
        if let owner {
            requests = try connection.query("SELECT count(*) FROM advisor_requests WHERE owner_id = ?", [.text(owner)]).first?.int(0) ?? 0
            try Outbox.forgetPersonal(connection, ownerID: owner)
            // Advisor requests and the shop cascade; visits and progress are unlinked (SET NULL).
            try connection.execute("DELETE FROM owners WHERE id = ?", [.text(owner)])
        }
        try Outbox.append(connection, Events.shopErased(slug: slug, shop: id), sessionID: nil, ownerID: owner, now: now)
        return Outcome(shopID: id, slug: slug, ownerErased: owner != nil, advisorRequests: requests)
    }
}

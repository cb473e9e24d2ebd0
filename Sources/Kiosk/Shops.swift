import Onboarding
import PublicPages
import ReportOutbox
import ReportProtocol
import Storage
import Synchronization
import Time
import Tokens

/// Shop pages on disk: one per owner (plus the demo shop, which has none). The draft is saved
/// on every change, as typed; publishing stores the checked profile and gives the slug.
public struct Shops: Sendable {
    let database: Database
    /// Bumped on every change made through this value, so cached pages are rebuilt at once.
    let generation: Generation

    /// Slugs never given to an owner's shop.
    static let reserved: Set<String> = ["demo"]

    public init(database: Database, generation: Generation = Generation()) {
        self.database = database
        self.generation = generation
    }

    /// One shop as stored.
    public struct Record: Sendable, Equatable {
        public let id: String
        public let slug: String?
        /// The draft's JSON text.
        public let draft: String
        /// The published profile's JSON text, nil when not published.
        public let page: String?
        public let publishedAt: Timestamp?
        public let updatedAt: Timestamp
    }

    public func find(ownerID: String) throws -> Record? {
        try database.read { (connection) throws(StorageError) in
            try connection.query("\(Self.columns) WHERE owner_id = ?", [.text(ownerID)]).first.flatMap(Self.record)
        }
    }

    /// The published shop at `slug`, nil when there is none (or it was unpublished).
    public func published(slug: String) throws -> Record? {
        try database.read { (connection) throws(StorageError) in
            try connection.query("\(Self.columns) WHERE slug = ? AND page IS NOT NULL", [.text(slug)], as: "shops", Self.record).first
        }
    }

    /// Every published shop, oldest publication first (the directory's order); a shop whose row
    /// cannot be read is left out and handed to `skipped` (which logs it), the others still listed.
    public func allPublished(skipping skipped: (StorageError) -> Void) throws(StorageError) -> [Record] {
        try database.read { (connection) throws(StorageError) in
            try connection.query("\(Self.columns) WHERE page IS NOT NULL ORDER BY published_at, id", as: "published shops",
                                 skipping: skipped, Self.record)
        }
    }

    /// Saves the owner's draft, creating the shop on the first save.
    public func saveDraft(ownerID: String, draft: String, now: Timestamp = .now()) throws -> Record? {
        try changing { (connection) throws(StorageError) in
            try connection.execute("""
                INSERT INTO shops (id, owner_id, draft, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (owner_id) DO UPDATE SET draft = excluded.draft, updated_at = excluded.updated_at
                """, [.text(RandomUUID.make()), .text(ownerID), .text(draft), .integer(now.milliseconds), .integer(now.milliseconds)])
            return try Self.findIfAny(connection, ownerID: ownerID)
        }
    }

    /// Publishes `page` (the checked profile's JSON) for the owner's shop, giving it a slug
    /// folded from `name` on the first publication, and records the progress fact in the same
    /// transaction. Nil when the owner has no shop.
    public func publish(ownerID: String, page: String, name: String, sessionID: String, now: Timestamp = .now()) throws -> Record? {
        try changing { (connection) throws(StorageError) in
            guard let shop = try Self.findIfAny(connection, ownerID: ownerID) else { return nil }
            let slug = if let kept = shop.slug { kept } else { try Self.freeSlug(connection, for: name) }
            try connection.execute("UPDATE shops SET slug = ?, page = ?, published_at = ?, updated_at = ? WHERE id = ?",
                                   [.text(slug), .text(page), .integer(now.milliseconds), .integer(now.milliseconds), .text(shop.id)])
            try Progress.insert(connection, .page, sessionID: sessionID, now: now)
            let type: EventType = shop.page == nil ? .pagePublished : .pageUpdated
            try Outbox.append(connection, Events.page(type, slug: slug, page: page), sessionID: sessionID, ownerID: ownerID, now: now)
            return try Self.findIfAny(connection, ownerID: ownerID)
        }
    }

    /// Takes the owner's page offline; the slug stays reserved for a later publication.
    public func unpublish(ownerID: String, now: Timestamp = .now()) throws -> Record? {
        try changing { (connection) throws(StorageError) in
            if let shop = try Self.findIfAny(connection, ownerID: ownerID), shop.page != nil, let slug = shop.slug {
                try Outbox.append(connection, Events.pageUnpublished(slug: slug), sessionID: nil, ownerID: ownerID, now: now)
            }
            try connection.execute("UPDATE shops SET page = NULL, published_at = NULL, updated_at = ? WHERE owner_id = ?",
                                   [.integer(now.milliseconds), .text(ownerID)])
            return try Self.findIfAny(connection, ownerID: ownerID)
        }
    }

    /// What came of taking the slug the hub suggested.
    public enum SlugChange: Sendable, Equatable {
        case changed(Record)
        /// The hub suggested no such slug for this shop (or it was already taken).
        case notSuggested
        /// The suggested slug is held on this kiosk meanwhile.
        case taken
    }

    /// Moves the owner's shop to the slug the hub suggested after refusing its own, and reports
    /// the page under it; the printed posters follow, since their codes name the shop.
    public func takeSuggestedSlug(ownerID: String, slug: String, sessionID: String, now: Timestamp = .now()) throws -> SlugChange {
        try changing { (connection) throws(StorageError) -> SlugChange in
            guard !(try connection.query("SELECT 1 FROM slug_conflicts WHERE owner_id = ? AND suggestion = ?",
                                         [.text(ownerID), .text(slug)]).isEmpty),
                  let shop = try Self.findIfAny(connection, ownerID: ownerID) else { return .notSuggested }
            guard !Self.reserved.contains(slug),
                  try connection.query("SELECT 1 FROM shops WHERE slug = ?", [.text(slug)]).isEmpty else { return .taken }
            try connection.execute("UPDATE shops SET slug = ?, updated_at = ? WHERE id = ?",
                                   [.text(slug), .integer(now.milliseconds), .text(shop.id)])
            try connection.execute("DELETE FROM slug_conflicts WHERE owner_id = ?", [.text(ownerID)])
            if let page = shop.page {
                try Outbox.append(connection, Events.page(.pagePublished, slug: slug, page: page), sessionID: sessionID,
                                  ownerID: ownerID, now: now)
            }
            guard let record = try Self.findIfAny(connection, ownerID: ownerID) else { return .notSuggested }
            return .changed(record)
        }
    }

    /// Creates or replaces the demo shop (slug `demo`, no owner), published.
    public func publishDemo(draft: String, page: String, now: Timestamp = .now()) throws {
        try changing { (connection) throws(StorageError) in
            try connection.execute("""
                INSERT INTO shops (id, owner_id, slug, draft, page, created_at, updated_at, published_at)
                VALUES (?, NULL, 'demo', ?, ?, ?, ?, ?)
                ON CONFLICT (slug) DO UPDATE SET draft = excluded.draft, page = excluded.page,
                    updated_at = excluded.updated_at, published_at = excluded.published_at
                """, [.text(RandomUUID.make()), .text(draft), .text(page), .integer(now.milliseconds),
                      .integer(now.milliseconds), .integer(now.milliseconds)])
        }
    }

    private func changing<T>(_ body: (Connection) throws(StorageError) -> T) throws(StorageError) -> T {
        defer { generation.bump() }
        return try database.write(body)
    }

    private static let columns = "SELECT id, slug, draft, page, published_at, updated_at FROM shops"

    private static func findIfAny(_ connection: Connection, ownerID: String) throws(StorageError) -> Record? {
        try connection.query("\(columns) WHERE owner_id = ?", [.text(ownerID)], as: "shops", record).first
    }

    private static func freeSlug(_ connection: Connection, for name: String) throws(StorageError) -> String {
        try Slug.unique(Slug.fold(name)) { (candidate) throws(StorageError) in
            if reserved.contains(candidate) { return true }
            return try !connection.query("SELECT 1 FROM shops WHERE slug = ?", [.text(candidate)]).isEmpty
        }
    }

    private static func record(_ row: Row) -> Record? {
        guard let id = row.string(0), let draft = row.string(2), let updated = row.int64(5) else { return nil }
        return Record(id: id, slug: row.string(1), draft: draft, page: row.string(3),
                      publishedAt: row.int64(4).map(Timestamp.init(milliseconds:)), updatedAt: Timestamp(milliseconds: updated))
    }
}

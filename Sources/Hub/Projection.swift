import JSON
import Onboarding
import ReportProtocol
import Storage
import Time

/// What the hub derives from each new event, in the transaction that stores it: published
/// pages, owners' consent (and with it, what personal data may be kept), advisor requests,
/// printed posters' codes. Returns the slugs whose public page changed; poster codes refused
/// (not the kiosk's) are added to `refusedCodes`.
enum Projection {
    static func apply(_ connection: Connection, _ event: CheckedEvent, kiosk: String,
                      refusedCodes: inout [String]) throws(StorageError) -> Set<String> {
        if let owner = event.owner {
            try connection.execute("UPDATE owners SET last_contact_at = max(last_contact_at, ?) WHERE id = ?",
                                   [.integer(event.at.milliseconds), .text(owner)])
        }
        switch EventType(rawValue: event.type) {
        case .pagePublished?, .pageUpdated?: return try publish(connection, event, kiosk: kiosk)
        case .pageUnpublished?, .shopErased?: return try unpublish(connection, event, kiosk: kiosk)
        case .consentGiven?, .consentChanged?: return try consent(connection, event, kiosk: kiosk)
        case .consentWithdrawn?: return try forget(connection, owner: event.owner, kiosk: kiosk)
        case .advisorRequested?: try advisor(connection, event, kiosk: kiosk)
        case .posterPrinted?:
            switch try PrintedCodes.record(connection, event, kiosk: kiosk) {
            case .stored(let slug): return [slug]
            case .refused(let code): refusedCodes.append(code)
            case .none: break
            }
        case .visitStarted?, .diagnosticCompleted?, .trainingPassed?, nil: break
        }
        return []
    }

    /// A page goes up under its slug unless another kiosk holds that slug: then it is noted as a
    /// conflict (for the dashboard and the kiosk) and goes up under a suggested free slug, so the
    /// shop's posters lead to it through their codes. Nothing for an invalid profile.
    private static func publish(_ connection: Connection, _ event: CheckedEvent, kiosk: String) throws(StorageError) -> Set<String> {
        guard let payload = event.payload(PagePublished.self), Slug.isValid(Substring(payload.slug)),
              let profile = try? JSON.decode(ShopProfile.self, from: payload.page) else { return [] }
        let page = Page(slug: payload.slug, kiosk: kiosk, owner: event.owner, profile: profile, at: event.at)
        let holder = try connection.query("SELECT kiosk_id FROM pages WHERE slug = ?", [.text(page.slug)]).first?.string(0)
        guard holder == nil || holder == kiosk else { return try SlugConflicts.refuse(connection, page) }
        try put(connection, page)
        return try SlugConflicts.resolve(connection, page).union([page.slug])
    }

    /// A page as a kiosk published it.
    struct Page {
        let slug: String
        let kiosk: String
        let owner: String?
        let profile: ShopProfile
        let at: Timestamp
    }

    /// Puts `page` up under `slug` (its own, or the one suggested for it).
    static func put(_ connection: Connection, _ page: Page, slug: String? = nil) throws(StorageError) {
        let text = String(decoding: (try? JSON.encode(page.profile)) ?? [], as: UTF8.self)
        try connection.execute("""
            INSERT INTO pages (slug, kiosk_id, owner, profile, published_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
            ON CONFLICT (slug) DO UPDATE SET owner = excluded.owner, profile = excluded.profile, updated_at = excluded.updated_at
            """, [.text(slug ?? page.slug), .text(page.kiosk), page.owner.map(SQLValue.text) ?? .null, .text(text),
                  .integer(page.at.milliseconds)])
    }

    private static func unpublish(_ connection: Connection, _ event: CheckedEvent, kiosk: String) throws(StorageError) -> Set<String> {
        var changed: Set<String> = []
        if let slug = event.payload(PageWithdrawn.self)?.slug {
            try connection.execute("DELETE FROM pages WHERE slug = ? AND kiosk_id = ?", [.text(slug), .text(kiosk)])
            if connection.changes > 0 { changed.insert(slug) }
            changed.formUnion(try SlugConflicts.withdraw(connection, slug: slug, kiosk: kiosk))
        }
        if event.type == EventType.shopErased.rawValue { changed.formUnion(try forget(connection, owner: event.owner, kiosk: kiosk)) }
        return changed
    }

    /// The consent in force: without the hub's share, personal fields go; without publishing,
    /// the pages go.
    private static func consent(_ connection: Connection, _ event: CheckedEvent, kiosk: String) throws(StorageError) -> Set<String> {
        guard let owner = event.owner, let consent = event.payload(ConsentRecorded.self) else { return [] }
        let hub = consent.hub
        let purposes = consent.purposes
        try connection.execute("""
            INSERT INTO owners (id, kiosk_id, purposes, hub, passport_token, last_contact_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (id) DO UPDATE SET purposes = excluded.purposes, hub = excluded.hub,
                passport_token = excluded.passport_token, last_contact_at = max(last_contact_at, excluded.last_contact_at)
            """, [.text(owner), .text(kiosk), .text(purposes.joined(separator: ",")), .integer(hub ? 1 : 0),
                  hub ? (consent.passportToken.map(SQLValue.text) ?? .null) : .null, .integer(event.at.milliseconds)])
        if !hub {
            try connection.execute("UPDATE advisor_requests SET name = NULL, phone = NULL WHERE owner = ?", [.text(owner)])
        }
        guard !purposes.contains("publish") else { return [] }
        return try removePages(connection, owner: owner, kiosk: kiosk)
    }

    /// Consent withdrawn or shop erased: the owner's pages and personal fields are deleted;
    /// anonymous facts stay.
    static func forget(_ connection: Connection, owner: String?, kiosk: String) throws(StorageError) -> Set<String> {
        guard let owner else { return [] }
        try connection.execute("UPDATE advisor_requests SET name = NULL, phone = NULL WHERE owner = ?", [.text(owner)])
        try connection.execute("DELETE FROM owners WHERE id = ?", [.text(owner)])
        return try removePages(connection, owner: owner, kiosk: kiosk)
    }

    private static func removePages(_ connection: Connection, owner: String, kiosk: String) throws(StorageError) -> Set<String> {
        let slugs = try connection.query("SELECT slug FROM pages WHERE owner = ? AND kiosk_id = ?", [.text(owner), .text(kiosk)],
                                         as: "page slugs") { $0.string(0) }
        try connection.execute("DELETE FROM pages WHERE owner = ? AND kiosk_id = ?", [.text(owner), .text(kiosk)])
        return Set(slugs)
    }

    /// Name and phone are kept only when the owner let the hub have them (the kiosk sends them
    /// only then).
    private static func advisor(_ connection: Connection, _ event: CheckedEvent, kiosk: String) throws(StorageError) {
        guard let request = event.payload(AdvisorRequested.self) else { return }
        try connection.execute("""
            INSERT INTO advisor_requests (id, kiosk_id, owner, topic, preferred_time, name, phone, requested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
            """, [.text(request.request), .text(kiosk), event.owner.map(SQLValue.text) ?? .null, .text(request.topic),
                  .text(request.preferredTime), request.name.map(SQLValue.text) ?? .null, request.phone.map(SQLValue.text) ?? .null,
                  .integer(event.at.milliseconds)])
    }
}

import Onboarding
import Storage

/// A slug another kiosk already holds at the hub. The page is not published there; it goes up
/// under a suggested free slug instead (the shop's town after the slug, else `-2`, `-3`…), kept
/// for that shop while the conflict lasts, so its posters, whose codes name the shop, keep
/// leading to its own page. The kiosk learns the conflict and the suggestion through its
/// feedback; once it publishes the shop under a slug of its own, the conflict is over.
enum SlugConflicts {
    /// Notes the conflict and puts the page up under the suggestion; the slugs changed.
    static func refuse(_ connection: Connection, _ page: Projection.Page) throws(StorageError) -> Set<String> {
        let suggestion = try suggestion(connection, page)
        try connection.execute("INSERT OR REPLACE INTO slug_conflicts (slug, kiosk_id, owner, at, suggestion) VALUES (?, ?, ?, ?, ?)",
                               [.text(page.slug), .text(page.kiosk), page.owner.map(SQLValue.text) ?? .null,
                                .integer(page.at.milliseconds), .text(suggestion)])
        try Projection.put(connection, page, slug: suggestion)
        return [suggestion]
    }

    /// The shop is published under a slug of its own: its other conflicts end, and their
    /// suggested pages go (unless that is the slug it took).
    static func resolve(_ connection: Connection, _ page: Projection.Page) throws(StorageError) -> Set<String> {
        guard let owner = page.owner else { return [] }
        let scope: [SQLValue] = [.text(page.kiosk), .text(owner), .text(page.slug)]
        let suggestions = try connection.query("""
            SELECT suggestion FROM slug_conflicts WHERE kiosk_id = ?1 AND owner = ?2 AND slug <> ?3 AND suggestion <> ?3
            """, scope).compactMap { $0.string(0) }
        var changed: Set<String> = []
        for suggestion in suggestions {
            try connection.execute("DELETE FROM pages WHERE slug = ? AND kiosk_id = ? AND owner = ?", [.text(suggestion), .text(page.kiosk), .text(owner)])
            if connection.changes > 0 { changed.insert(suggestion) }
        }
        try connection.execute("DELETE FROM slug_conflicts WHERE kiosk_id = ?1 AND owner = ?2 AND slug <> ?3", scope)
        return changed
    }

    /// The kiosk took its page at `slug` down: the page under the suggestion goes too.
    static func withdraw(_ connection: Connection, slug: String, kiosk: String) throws(StorageError) -> Set<String> {
        let key: [SQLValue] = [.text(slug), .text(kiosk)]
        let suggestion = try connection.query("SELECT suggestion FROM slug_conflicts WHERE slug = ? AND kiosk_id = ?", key).first?.string(0)
        try connection.execute("DELETE FROM slug_conflicts WHERE slug = ? AND kiosk_id = ?", key)
        guard let suggestion else { return [] }
        try connection.execute("DELETE FROM pages WHERE slug = ? AND kiosk_id = ?", [.text(suggestion), .text(kiosk)])
        return connection.changes > 0 ? [suggestion] : []
    }

    /// The slug suggested for `page`: the one already given to it while it is still its own,
    /// else the first free of slug-town, slug-2, slug-3…
    static func suggestion(_ connection: Connection, _ page: Projection.Page) throws(StorageError) -> String {
        let given = try connection.query("""
            SELECT c.suggestion, p.kiosk_id, p.owner FROM slug_conflicts c LEFT JOIN pages p ON p.slug = c.suggestion
            WHERE c.slug = ? AND c.kiosk_id = ?
            """, [.text(page.slug), .text(page.kiosk)]).first
        if let given, let slug = given.string(0), given.string(1) == nil || (given.string(1) == page.kiosk && given.string(2) == page.owner) {
            return slug
        }
        if let town = townSlug(page), !(try isTaken(connection, town)) { return town }
        return try free(connection, after: page.slug)
    }

    /// The first of `slug`, `slug-2`, `slug-3`… that no page holds.
    static func free(_ connection: Connection, after slug: String) throws(StorageError) -> String {
        try Slug.unique(slug) { (candidate) throws(StorageError) in try isTaken(connection, candidate) }
    }

    private static func isTaken(_ connection: Connection, _ slug: String) throws(StorageError) -> Bool {
        !(try connection.query("SELECT 1 FROM pages WHERE slug = ?", [.text(slug)]).isEmpty)
    }

    /// `slug-town` (`boulangerie-lyon`), when the profile has a town not already in the slug.
    static func townSlug(_ page: Projection.Page) -> String? {
        guard let city = page.profile.address?.city, !city.isEmpty else { return nil }
        let town = Slug.fold(city)
        guard town != "commerce", !page.slug.hasSuffix("-" + town), page.slug != town else { return nil }
        let slug = page.slug + "-" + town
        return Slug.isValid(Substring(slug)) ? slug : nil
    }
}

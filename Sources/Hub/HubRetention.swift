import Storage
import Time

/// Personal data at the hub is kept for `hub_retention_days` after an owner's last contact
/// (three years by default, KIOSK-UX.md): past that, the owner's pages, passport and the names
/// and phone numbers of their requests go, as if consent had been withdrawn. Anonymous events
/// stay for the figures.
public struct HubRetention: Sendable {
    let database: Database
    let days: Int

    public init(database: Database, days: Int) {
        self.database = database
        self.days = days
    }

    /// Forgets every owner not heard from since the retention period; returns the slugs taken down.
    @discardableResult
    public func purge(now: Timestamp = .now()) throws -> Set<String> {
        let cutoff = now.milliseconds - Int64(days) * 86_400_000
        return try database.erase { (connection) throws(StorageError) in
            let stale = try connection.query("SELECT id, kiosk_id FROM owners WHERE last_contact_at < ?", [.integer(cutoff)])
            var slugs: Set<String> = []
            for row in stale {
                guard let owner = row.string(0), let kiosk = row.string(1) else { continue }
                slugs.formUnion(try Projection.forget(connection, owner: owner, kiosk: kiosk))
            }
            return slugs
        }
    }
}

import JSON
import Storage
import Time
import Tokens

/// The store-and-forward queue to the hub, writer's side. Events are appended inside the
/// caller's write transaction (the change and its report commit together, or neither), read in
/// order by the sender (`OutboxReader`), and deleted only when the hub has acknowledged them.
public struct Outbox: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Appends `event`: `session` and `owner` join the event's data (`EventSubject`); its personal
    /// fields are kept only when `personalAllowed` (the owner let the hub have them).
    public static func append(_ connection: Connection, _ event: OutboxEvent, session: String?, owner: String?,
                              personalAllowed: Bool, now: Timestamp) throws(StorageError) {
        var data: [JSONField] = []
        if let session { data.append(JSONField("session", .string(session))) }
        if let owner { data.append(JSONField("owner", .string(owner))) }
        data += event.data
        let personal = personalAllowed && !event.personal.isEmpty ? text(.object(event.personal)) : nil
        try connection.execute("""
            INSERT INTO outbox (id, type, at, owner_id, data, personal) VALUES (?, ?, ?, ?, ?, ?)
            """, [.text(TimeOrderedUUID.make(milliseconds: now.milliseconds)), .text(event.type.rawValue), .integer(now.milliseconds),
                  owner.map(SQLValue.text) ?? .null, .text(text(.object(data))), personal.map(SQLValue.text) ?? .null])
    }

    /// Wipes the personal fields of an owner's unsent events (consent withdrawn or narrowed).
    public static func forgetPersonal(_ connection: Connection, ownerID: String) throws(StorageError) {
        try connection.execute("UPDATE outbox SET personal = NULL WHERE owner_id = ?", [.text(ownerID)])
    }

    /// Events waiting for the hub.
    public func depth() throws -> Int {
        try database.read { (connection) throws(StorageError) in try connection.query("SELECT count(*) FROM outbox").first?.int(0) ?? 0 }
    }

    static func text(_ value: JSONValue) -> String { String(decoding: JSON.serialize(value), as: UTF8.self) }
}

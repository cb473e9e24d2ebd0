import JSON
import ReportOutbox
import Storage
import Time

extension Outbox {
    /// Appends `event` for the visit `sessionID`, looking up the visit's owner when `ownerID` is
    /// not given and whether that owner let the hub receive personal data. An event whose payload
    /// cannot be encoded is a failed write (`StorageError.unencodable`): the change it reports is
    /// rolled back with it.
    static func append(_ connection: Connection, _ makeEvent: @autoclosure () throws(JSONEncodingError) -> OutboxEvent,
                       sessionID: String?, ownerID: String? = nil, now: Timestamp) throws(StorageError) {
        let event: OutboxEvent
        do {
            event = try makeEvent()
        } catch {
            throw .unencodable(path: connection.databasePath, what: "outbox event", reason: error.description)
        }
        var owner = ownerID
        if owner == nil, let sessionID {
            owner = try connection.query("SELECT owner_id FROM visitor_sessions WHERE id = ?", [.text(sessionID)]).first?.string(0)
        }
        let hubAllowed = try owner.map { (owner) throws(StorageError) in
            try connection.query("SELECT hub FROM owners WHERE id = ?", [.text(owner)]).first?.int(0) == 1
        } ?? false
        try append(connection, event, session: sessionID, owner: owner, personalAllowed: hubAllowed, now: now)
    }
}

import ReportOutbox
import Storage
import Time

extension Outbox {
    /// Appends `event` for the visit `sessionID`, looking up the visit's owner when `ownerID` is
    /// not given and whether that owner let the hub receive personal data.
    static func append(_ connection: Connection, _ event: OutboxEvent, sessionID: String?, ownerID: String? = nil,
                       now: Timestamp) throws {
        var owner = ownerID
        if owner == nil, let sessionID {
            owner = try connection.query("SELECT owner_id FROM visitor_sessions WHERE id = ?", [.text(sessionID)]).first?.string(0)
        }
        let hubAllowed = try owner.map { try connection.query("SELECT hub FROM owners WHERE id = ?", [.text($0)]).first?.int(0) == 1 } ?? false
        try append(connection, event, session: sessionID, owner: owner, personalAllowed: hubAllowed, now: now)
    }
}

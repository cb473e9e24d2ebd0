import ReportOutbox
import Storage
import Time
import Tokens

/// Requests to be called back by a CCI advisor. They hold personal data (a name, a phone
/// number), so they exist only for an owner who consented to the `callback` purpose, and go
/// with the owner when consent is withdrawn.
public struct AdvisorRequests: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public struct Request: Sendable, Equatable {
        public let name: String
        public let phone: String
        public let topic: String
        public let preferredTime: String

        public init(name: String, phone: String, topic: String, preferredTime: String) {
            self.name = name
            self.phone = phone
            self.topic = topic
            self.preferredTime = preferredTime
        }
    }

    /// Records the request, its progress fact and its event for the hub in one transaction.
    public func add(_ request: Request, ownerID: String, sessionID: String, now: Timestamp = .now()) throws -> String {
        let id = RandomUUID.make()
        try database.write { (connection) throws(StorageError) in
            try connection.execute("""
                INSERT INTO advisor_requests (id, owner_id, name, phone, topic, preferred_time, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .text(ownerID), .text(request.name), .text(request.phone), .text(request.topic),
                      .text(request.preferredTime), .integer(now.milliseconds)])
            try Progress.insert(connection, .advisor, sessionID: sessionID, now: now)
            try Outbox.append(connection, Events.advisorRequested(id: id, request), sessionID: sessionID, ownerID: ownerID, now: now)
        }
        return id
    }
}

import ReportOutbox
import Storage
import Time
import Tokens

/// Shop owners who consented to be remembered: a resume code and a PIN, the purposes they
/// agreed to and the notice they saw. Without consent nothing personal is ever stored.
public struct Owners: Sendable {
    let database: Database
    let settings: KioskSettings

    public struct Consent: Sendable, Equatable {
        public let ownerID: String
        public let resumeCode: String
        public let purposes: [Purpose]
        public let hub: Bool
    }

    /// What a resume attempt found.
    public enum ResumeOutcome: Equatable, Sendable {
        case resumed(ownerID: String)
        case wrongPIN(attemptsLeft: Int)
        case locked(until: Timestamp)
        case unknownCode
    }

    /// Why a PIN did not confirm an action; both count toward the same lockout as resuming.
    public enum PINRefusal: Error, Equatable, Sendable {
        case wrongPIN(attemptsLeft: Int)
        case locked(until: Timestamp)
    }

    public init(database: Database, settings: KioskSettings) {
        self.database = database
        self.settings = settings
    }

    /// Records consent for the visitor of `sessionID` and links the session to the new owner.
    public func consent(sessionID: String, purposes: [Purpose], hub: Bool, noticeHash: String, pin: String,
                        now: Timestamp = .now()) throws -> Consent {
        let salt = RandomBytes.make(16)
        let owner = RandomUUID.make()
        let code = try freshCode()
        let token = Hex.encode(RandomBytes.make(16))
        try database.write { (connection) throws(StorageError) in
            try connection.execute("""
                INSERT INTO owners (id, resume_code, pin_salt, pin_hash, purposes, hub, notice_hash, consented_at, passport_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(owner), .text(code), .blob(salt), .blob(PINHash.make(pin: pin, salt: salt)),
                      .text(purposes.map(\.rawValue).joined(separator: ",")), .integer(hub ? 1 : 0),
                      .text(noticeHash), .integer(now.milliseconds), .text(token)])
            try link(connection, sessionID: sessionID, owner: owner)
            try Outbox.append(connection, Events.consent(.consentGiven, purposes: purposes, hub: hub, noticeHash: noticeHash,
                                                         passportToken: token), sessionID: sessionID, ownerID: owner, now: now)
        }
        return Consent(ownerID: owner, resumeCode: code, purposes: purposes, hub: hub)
    }

    /// New purposes and hub choice for an existing consent, confirmed with the owner's PIN and
    /// recorded with the notice and time: adding a purpose takes nothing offline. Without the
    /// `callback` purpose, the advisor requests (name, phone) go at once; without `publish`, the
    /// shop page and its draft. A wrong PIN changes nothing and counts toward the lockout.
    public func change(ownerID: String, pin: String, purposes: [Purpose], hub: Bool, noticeHash: String,
                       now: Timestamp = .now()) throws -> Result<Void, PINRefusal> {
        try database.erase { (connection) throws(StorageError) in
            if let refusal = try confirm(connection, ownerID: ownerID, pin: pin, now: now) { return .failure(refusal) }
            try connection.execute("""
                UPDATE owners SET purposes = ?, hub = ?, notice_hash = ?, consented_at = ? WHERE id = ?
                """, [.text(purposes.map(\.rawValue).joined(separator: ",")), .integer(hub ? 1 : 0), .text(noticeHash),
                      .integer(now.milliseconds), .text(ownerID)])
            if !purposes.contains(.callback) {
                try connection.execute("DELETE FROM advisor_requests WHERE owner_id = ?", [.text(ownerID)])
            }
            if !purposes.contains(.publish) {
                try connection.execute("DELETE FROM shops WHERE owner_id = ?", [.text(ownerID)])
            }
            if !hub { try Outbox.forgetPersonal(connection, ownerID: ownerID) }
            let token = try connection.query("SELECT passport_token FROM owners WHERE id = ?", [.text(ownerID)]).first?.string(0)
            try Outbox.append(connection, Events.consent(.consentChanged, purposes: purposes, hub: hub, noticeHash: noticeHash,
                                                         passportToken: token), sessionID: nil, ownerID: ownerID, now: now)
            return .success(())
        }
    }

    /// What the passport shows of an owner, read in one query: the resume code, the consent
    /// in force, and the token of the public passport page (only if the owner let the hub
    /// receive their data; otherwise the hub never has a passport to show).
    public struct Record: Sendable, Equatable {
        public let resumeCode: String
        public let consent: ConsentRecord
        public let passportToken: String?
    }

    public func record(ownerID: String) throws -> Record? {
        try database.read { (connection) throws(StorageError) in
            guard let row = try connection.query("""
                SELECT resume_code, purposes, hub, consented_at, passport_token FROM owners WHERE id = ?
                """, [.text(ownerID)]).first, let code = row.string(0), let at = row.int64(3) else { return nil }
            let names = (row.string(1) ?? "").split(separator: ",")
            let purposes = names.compactMap { Purpose(rawValue: String($0)) }
            guard purposes.count == names.count else { throw UnreadableRows.noted(path: connection.databasePath, what: "owners", row: 0) }
            let hub = row.int(2) == 1
            return Record(resumeCode: code, consent: ConsentRecord(purposes: purposes, hub: hub, at: Timestamp(milliseconds: at)),
                          passportToken: hub ? row.string(4) : nil)
        }
    }

    /// Withdraws consent: the owner record and every personal field tied to it are deleted;
    /// anonymous progress stays, unlinked.
    public func withdraw(ownerID: String, now: Timestamp = .now()) throws {
        try database.erase { (connection) throws(StorageError) in
            try Outbox.forgetPersonal(connection, ownerID: ownerID)
            try Outbox.append(connection, Events.consentWithdrawn, sessionID: nil, ownerID: ownerID, now: now)
            try connection.execute("DELETE FROM owners WHERE id = ?", [.text(ownerID)])
        }
    }

    public func purposes(ownerID: String) throws -> [Purpose] {
        try record(ownerID: ownerID)?.consent.purposes ?? []
    }

    /// Checks a code and PIN; counts failures and locks the code after `pinAttempts` of them.
    public func resume(sessionID: String, code: String, pin: String, now: Timestamp = .now()) throws -> ResumeOutcome {
        try database.write { (connection) throws(StorageError) in
            guard let owner = try connection.query("SELECT id FROM owners WHERE resume_code = ?", [.text(code)]).first?.string(0)
            else { return .unknownCode }
            switch try confirm(connection, ownerID: owner, pin: pin, now: now) {
            case .wrongPIN(let left)?: return .wrongPIN(attemptsLeft: left)
            case .locked(let until)?: return .locked(until: until)
            case nil:
                try link(connection, sessionID: sessionID, owner: owner)
                return .resumed(ownerID: owner)
            }
        }
    }

    /// Checks the owner's PIN inside a write: nil when it matches (the failure count is reset),
    /// otherwise the failure is counted and the code locked after `pinAttempts` of them.
    private func confirm(_ connection: Connection, ownerID: String, pin: String, now: Timestamp) throws(StorageError) -> PINRefusal? {
        guard let row = try connection.query("""
            SELECT pin_salt, pin_hash, failed_pins, locked_until FROM owners WHERE id = ?
            """, [.text(ownerID)]).first, let salt = row.bytes(0), let hash = row.bytes(1)
        else { return .wrongPIN(attemptsLeft: 0) }
        if let until = row.int64(3), until > now.milliseconds { return .locked(until: Timestamp(milliseconds: until)) }
        guard PINHash.matches(pin: pin, salt: salt, hash: hash) else {
            return try recordFailure(connection, owner: ownerID, failures: (row.int(2) ?? 0) + 1, now: now)
        }
        try connection.execute("UPDATE owners SET failed_pins = 0, locked_until = NULL WHERE id = ?", [.text(ownerID)])
        return nil
    }

    private func recordFailure(_ connection: Connection, owner: String, failures: Int, now: Timestamp) throws(StorageError) -> PINRefusal {
        guard failures >= settings.pinAttempts else {
            try connection.execute("UPDATE owners SET failed_pins = ? WHERE id = ?", [.integer(Int64(failures)), .text(owner)])
            return .wrongPIN(attemptsLeft: settings.pinAttempts - failures)
        }
        let until = now.adding(seconds: Int64(settings.pinLockoutSeconds))
        try connection.execute("UPDATE owners SET failed_pins = 0, locked_until = ? WHERE id = ?",
                               [.integer(until.milliseconds), .text(owner)])
        return .locked(until: until)
    }

    private func link(_ connection: Connection, sessionID: String, owner: String) throws(StorageError) {
        try connection.execute("UPDATE visitor_sessions SET owner_id = ? WHERE id = ?", [.text(owner), .text(sessionID)])
        try connection.execute("UPDATE progress SET owner_id = ? WHERE session_id = ? AND owner_id IS NULL",
                               [.text(owner), .text(sessionID)])
    }

    private func freshCode() throws -> String {
        try database.read { (connection) throws(StorageError) in
            while true {
                let code = ResumeCode.make()
                if try connection.query("SELECT 1 FROM owners WHERE resume_code = ?", [.text(code)]).isEmpty { return code }
            }
        }
    }
}

/// The consent in force, as the passport shows it.
public struct ConsentRecord: Encodable, Sendable, Equatable {
    public let purposes: [Purpose]
    public let hub: Bool
    public let at: Timestamp
}

/// What a shop owner may separately agree to (KIOSK-UX: one unticked choice per purpose).
public enum Purpose: String, Codable, CaseIterable, Sendable, ClosedSet {
    case callback, publish, newsletter
}

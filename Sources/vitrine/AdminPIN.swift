import Glibc
import Storage
import Time
import Tokens

/// `vitrine admin set-admin-pin`: the PIN that opens the kiosk's staff screens, kept as a salted,
/// iterated hash (`PINHash`) in the `settings` table, never in clear.
enum AdminPIN {
    static let saltKey = "admin_pin_salt"
    static let hashKey = "admin_pin_hash"
    static let lengths = 6...12

    /// Reads the PIN twice without echo on a terminal, or one line from stdin otherwise (scripts).
    static func read() throws(CLIError) -> String {
        try checked(HiddenInput.twice("New admin PIN (\(lengths.lowerBound)–\(lengths.upperBound) digits): ", what: "PINs"))
    }

    static func store(_ pin: String, in database: Database, now: Timestamp = .now()) throws(CLIError) {
        let salt = RandomBytes.make(16)
        let hash = PINHash.make(pin: pin, salt: salt)
        do {
            try database.write { (connection) throws(StorageError) in
                for (key, value) in [(saltKey, salt), (hashKey, hash)] {
                    try connection.execute("""
                        INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                        """, [.text(key), .blob(value), .integer(now.milliseconds)])
                }
            }
        } catch {
            throw CLIError(String(describing: error), exitCode: .io)
        }
    }

    private static func checked(_ pin: String) throws(CLIError) -> String {
        guard lengths.contains(pin.count), pin.unicodeScalars.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
            throw CLIError("the admin PIN must be \(lengths.lowerBound) to \(lengths.upperBound) digits; nothing changed", exitCode: .usage)
        }
        return pin
    }
}

import HTTPServer
import Logging
import ReportProtocol
import Storage
import Time

/// A kiosk's request signed by the Standard Webhooks rules (its secret, `webhook-id`,
/// `webhook-timestamp` within ±5 minutes, `webhook-signature` over the raw body), checked one
/// way for reports and feedback: 401 for an unknown kiosk or a bad, expired or missing signature.
/// Recorded in the replay window in the transaction that acts on it: the very same request again
/// is a replay.
struct SignedRequest {
    let kiosk: String
    let webhookID: String
    let timestamp: Int64
    /// When the kiosk was registered (reports dated before are not believed).
    let registered: Timestamp

    static func verify(_ kiosks: Kiosks, kiosk: String, webhookID: String?, timestamp: String?, signature: String?, body: [UInt8],
                       now: Timestamp, what: String, logger: Logger) throws(HTTPError) -> SignedRequest {
        guard let (secret, registered) = try StorageFailure.answered(logger, { try kiosks.registration(of: kiosk) }) else {
            throw HTTPError(status: 401, code: "unknown_kiosk", message: "No kiosk '\(kiosk)' is registered at this hub.")
        }
        do {
            try WebhookSignature.verify(secret, id: webhookID, timestamp: timestamp, signatures: signature, body: body, now: now.seconds)
        } catch {
            throw HTTPError(status: 401, code: "bad_signature", message: "\(what) refused: \(error).")
        }
        return SignedRequest(kiosk: kiosk, webhookID: webhookID ?? "", timestamp: Int64(timestamp ?? "") ?? 0, registered: registered)
    }

    /// Notes the request (pruning those past the window); false when it was already taken.
    func record(_ connection: Connection, now: Timestamp) throws(StorageError) -> Bool {
        try connection.execute("DELETE FROM deliveries WHERE received_at < ?", [.integer(now.milliseconds - 2 * WebhookSignature.tolerance * 1000)])
        try connection.execute("""
            INSERT INTO deliveries (kiosk_id, webhook_id, timestamp, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
            """, [.text(kiosk), .text(webhookID), .integer(timestamp), .integer(now.milliseconds)])
        return connection.changes == 1
    }

    static let replayed = HTTPError(status: 409, code: "replayed",
                                    message: "This exact request was already received (same webhook-id and timestamp).")
}

import HTTPServer
import Storage

/// `GET /metrics` (Prometheus text format, loopback only): the outbox, its dead letters and
/// deliveries from the database, whatever the HTTP server reports about its connections, then
/// whether the printer can print (`PrinterMetrics`).
enum KioskMetrics {
    /// `printer` asks CUPS, so it runs only for a request from this machine.
    static func reply(_ request: Request, database: Database, server: String, printer: () -> String) -> Reply {
        guard request.method == .get || request.method == .head else {
            return .response(.error(.methodNotAllowed([.get, .head])))
        }
        guard request.fromLoopback else {
            return .response(.error(HTTPError(status: 403, code: "loopback_only", message: "/metrics answers on this machine only.")))
        }
        do {
            return .response(Response(status: 200, headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")],
                                      body: Array((try text(database) + server + printer()).utf8)))
        } catch {
            return .response(.error(.storageUnavailable))
        }
    }

    static func text(_ database: Database) throws -> String {
        let (waiting, dead, delivered) = try database.read { (connection) throws(StorageError) in
            (try connection.query("SELECT count(*) FROM outbox").first?.int(0) ?? 0,
             try connection.query("SELECT count(*) FROM outbox_dead_letters").first?.int(0) ?? 0,
             try connection.query("SELECT delivered FROM upstream_status WHERE id = 1").first?.int(0) ?? 0)
        }
        return """
            # HELP vitrine_outbox_events Events waiting for the hub.
            # TYPE vitrine_outbox_events gauge
            vitrine_outbox_events \(waiting)
            # HELP vitrine_outbox_dead_letters Outbox rows that could not be read as events, set aside in outbox_dead_letters.
            # TYPE vitrine_outbox_dead_letters gauge
            vitrine_outbox_dead_letters \(dead)
            # HELP vitrine_upstream_delivered_total Events the hub acknowledged.
            # TYPE vitrine_upstream_delivered_total counter
            vitrine_upstream_delivered_total \(delivered)
            # HELP vitrine_database_integrity Last full integrity_check since start: 1 sound, 0 damaged, -1 not run yet.
            # TYPE vitrine_database_integrity gauge
            vitrine_database_integrity \(database.integrityVerdict.rawValue)
            # HELP vitrine_storage_unreadable_rows_total Rows read back that could not be mapped (each logged; the request refused or the row left out).
            # TYPE vitrine_storage_unreadable_rows_total counter
            vitrine_storage_unreadable_rows_total \(UnreadableRows.count)
            # HELP vitrine_storage_failures_total Requests answered 503 storage_unavailable (each logged with its cause).
            # TYPE vitrine_storage_failures_total counter
            vitrine_storage_failures_total \(StorageFailure.count)

            """
    }
}

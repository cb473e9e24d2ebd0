import HTTPServer
import Storage

/// `GET /metrics` in the Prometheus text format, for the operator on the box (loopback only):
/// whether the kiosk is ready, and the storage problems that otherwise only the log shows.
enum MetricsRoute {
    static func add(to router: inout Router, ready: @escaping @Sendable () -> Bool) {
        router.add(.get, "/metrics") { request throws(HTTPError) in
            guard request.isFromLoopback else {
                throw HTTPError(status: 403, code: "forbidden", message: "Metrics are served to the box itself only.")
            }
            return .response(Response(headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8"),
                                                ("Cache-Control", "no-store")],
                                      body: Array(text(ready: ready()).utf8)))
        }
    }

    static func text(ready: Bool) -> String {
        """
        # HELP vitrine_ready 1 once the kiosk answers requests, 0 while starting or stopping.
        # TYPE vitrine_ready gauge
        vitrine_ready \(ready ? 1 : 0)
        # HELP vitrine_storage_unreadable_rows_total Rows read back from the database that could not be mapped (each logged; refused or left out).
        # TYPE vitrine_storage_unreadable_rows_total counter
        vitrine_storage_unreadable_rows_total \(UnreadableRows.count)
        # HELP vitrine_storage_failures_total Requests answered 503 storage_unavailable (each logged with its cause).
        # TYPE vitrine_storage_failures_total counter
        vitrine_storage_failures_total \(StorageFailure.count)

        """
    }
}

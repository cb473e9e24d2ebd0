import Logging
import Synchronization

/// The one answer every route gives when its data cannot be read or saved (the database is
/// busy beyond its timeout, full, closed for shutdown, or returned a row that cannot be read):
/// the cause goes to the log, the client gets 503 `storage_unavailable` with `Retry-After` and
/// no database details. Kiosk, public pages and hub all answer through here.
public enum StorageFailure {
    private static let counter = Atomic<Int>(0)

    /// Requests answered 503 this way since the process started (for `/metrics`).
    public static var count: Int { counter.load(ordering: .relaxed) }

    /// Runs `body`; any error it throws is logged and answered as `HTTPError.storageUnavailable`.
    public static func answered<T, Failure: Error>(_ logger: Logger, _ body: () throws(Failure) -> T) throws(HTTPError) -> T {
        do {
            return try body()
        } catch {
            counter.add(1, ordering: .relaxed)
            logger.error("storage failure: \(error)")
            throw .storageUnavailable
        }
    }
}

extension HTTPError {
    /// 503: the data is there but cannot be reached right now; the client may retry.
    public static let storageUnavailable = HTTPError(
        status: 503, code: "storage_unavailable", message: "The data cannot be read or saved right now; try again in a moment.",
        headers: [("Retry-After", "10")])
}

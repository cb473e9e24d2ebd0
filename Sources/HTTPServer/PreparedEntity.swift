/// A body prepared once with its entity tag: its full answer, and the 304 for a client that
/// already holds it (`If-None-Match`). Both are libmicrohttpd responses queued as they are on
/// every request, headers included; a class, so a table hands it out with one retain.
public final class PreparedEntity: Sendable {
    public let etag: String
    public let full: PreparedResponse
    public let notModified: PreparedResponse

    /// nil when libmicrohttpd cannot make the responses (out of memory).
    public init?(etag: String, full: Response, notModified: Response) {
        guard let full = PreparedResponse(full), let notModified = PreparedResponse(notModified) else { return nil }
        self.etag = etag
        self.full = full
        self.notModified = notModified
    }

    /// The 304 when `condition` (an `If-None-Match` value) names this entity, else the body.
    public func answer(ifNoneMatch condition: String?) -> PreparedResponse {
        if let condition, ETag.matches(ifNoneMatch: condition, tag: etag) { return notModified }
        return full
    }
}

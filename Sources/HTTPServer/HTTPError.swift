/// An error that ends a request with a JSON body `{"error":{"code","message"}}`.
///
/// Every layer above the socket throws this (or maps its own typed errors to it), so a client
/// always gets a machine-readable code and a sentence a person can act on, never a crash.
public struct HTTPError: Error, Equatable, Sendable {
    public let status: Int
    /// Stable, machine-readable code (`not_found`, `invalid_field`, …).
    public let code: String
    /// One sentence for the person reading it; names the offending field where there is one.
    public let message: String
    /// Extra headers, e.g. `Allow` on 405.
    public let headers: [(String, String)]
    /// Extra machine-readable fields of the error object (`attemptsLeft`, `retryAt`), so a UI
    /// never has to parse the message.
    public let details: [(String, Detail)]

    /// A value of `details`.
    public enum Detail: Sendable, Equatable {
        case integer(Int)
        case text(String)
    }

    public init(status: Int, code: String, message: String, headers: [(String, String)] = [],
                details: [(String, Detail)] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.details = details
    }

    public static func == (lhs: HTTPError, rhs: HTTPError) -> Bool {
        lhs.status == rhs.status && lhs.code == rhs.code && lhs.message == rhs.message
    }

    public static func badRequest(_ message: String, code: String = "bad_request") -> HTTPError {
        HTTPError(status: 400, code: code, message: message)
    }

    public static func notFound(_ message: String = "No such resource.") -> HTTPError {
        HTTPError(status: 404, code: "not_found", message: message)
    }

    public static func methodNotAllowed(_ allowed: [HTTPMethod]) -> HTTPError {
        let list = allowed.map(\.description).joined(separator: ", ")
        return HTTPError(status: 405, code: "method_not_allowed",
                         message: "Method not allowed here; use \(list).", headers: [("Allow", list)])
    }

    /// 421: the request names a host this server does not answer to (DNS rebinding).
    public static let misdirected = HTTPError(
        status: 421, code: "misdirected_request",
        message: "This server does not answer to the host named in the request (Host header); use its own address.")

    public static func payloadTooLarge(limit: Int) -> HTTPError {
        HTTPError(status: 413, code: "payload_too_large",
                  message: "The request body is larger than \(limit) bytes.")
    }

    public static func unsupportedMediaType(_ expected: String) -> HTTPError {
        HTTPError(status: 415, code: "unsupported_media_type",
                  message: "The request body must be sent as \(expected).")
    }

    /// 422: well-formed but not acceptable; `field` is the JSON path of the offending value.
    public static func invalidField(_ field: String, _ reason: String) -> HTTPError {
        HTTPError(status: 422, code: "invalid_field", message: "\(field): \(reason)")
    }
}

import HTTPServer
import Logging
import Time
import Tokens

/// Who may see and change what under `/admin`: a page needs a live session (else a redirect to
/// the login form), a form post also needs the session's CSRF token (else 403, nothing done).
struct AdminGate: Sendable {
    let sessions: AdminSessions
    let cookies: AdminCookies

    /// The request's live session and its cookie token, or nil.
    func current(_ request: Request, now: Timestamp) throws(HTTPError) -> (session: AdminSession, token: String)? {
        guard let token = AdminForm.cookie(AdminCookies.session, in: request) else { return nil }
        let session = try AdminStorage.run { try sessions.find(token: token, now: now) }
        return session.map { ($0, token) }
    }

    /// For a page: the session, or the answer to give instead (302 to the login form).
    func page(_ request: Request, now: Timestamp) throws(HTTPError) -> AdminSession? {
        try current(request, now: now)?.session
    }

    /// For a form post: the session whose CSRF token the form carries; 401 without a session,
    /// 403 when the token is missing or wrong.
    func post(_ request: Request, fields: [String: String], now: Timestamp) throws(HTTPError) -> (session: AdminSession, token: String) {
        guard let current = try current(request, now: now) else {
            throw HTTPError(status: 401, code: "unauthorized", message: "Log in first.")
        }
        guard let given = fields["csrf"], ConstantTime.equal(Array(given.utf8), Array(current.session.csrf.utf8)) else {
            throw HTTPError(status: 403, code: "csrf", message: "The form's security token is missing or wrong.")
        }
        return current
    }

    static func redirect(_ location: String, status: Int = 303, headers: [(String, String)] = []) -> Response {
        Response(status: status, headers: [("Location", location), ("Cache-Control", "no-store")] + headers)
    }
}

/// Storage failures under `/admin` and `/p/`: the one mapping (`StorageFailure`: logged, 503).
enum AdminStorage {
    static let logger = Logger(label: "vitrine.hub")

    static func run<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(HTTPError) -> T {
        try StorageFailure.answered(logger, body)
    }
}

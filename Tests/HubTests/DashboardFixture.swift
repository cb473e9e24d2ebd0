import Foundation
import HTTPServer
@testable import Hub
import JSON
import Logging
import Onboarding
import ReportProtocol
import Storage
import Time

/// The hub app over a `HubFixture`'s database, called in process (no socket), with a tiny
/// cookie jar standing for the staff member's browser.
final class DashboardFixture: @unchecked Sendable {
    let hub: HubFixture
    let app: HubApp
    let content: ContentLibrary
    static let password = "correct horse battery"
    var cookies: [String: String] = [:]

    /// `passwordIterations`: the hub's cost for unknown names and upgrades (anne's hash keeps 50).
    init(publicBaseURL: String = "http://127.0.0.1:8080", passwordIterations: Int = 50) throws {
        hub = try HubFixture()
        content = try ContentLoader.load(directory: HubFixture.repositoryRoot + "/content")
        var settings = HubSettings()
        settings.publicBaseURL = publicBaseURL
        settings.passwordIterations = passwordIterations
        settings.targets = try HubTargets.load(directory: HubFixture.repositoryRoot + "/content", content: content.french)
        app = HubApp(database: hub.database, content: content, settings: settings, logger: Logger(label: "test"))
        try AdminAccounts(database: hub.database).setPassword(name: "anne", password: Self.password, iterations: 50)
    }

    var database: Database { hub.database }

    /// A request through the app; `Set-Cookie` answers update the jar.
    @discardableResult
    func call(_ method: HTTPMethod, _ path: String, query: [String: String] = [:], form: [String: String]? = nil,
              sendCookies: Bool = true) -> Response {
        var headers: [String: String] = [:]
        if sendCookies, !cookies.isEmpty { headers["Cookie"] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        var body: [UInt8] = []
        if let form {
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = Array(Self.encode(form).utf8)
        }
        let response = Self.response(app.respond(to: Request(method: method, path: path, query: query, headers: headers, body: body)))
        for (name, value) in response.headers where name == "Set-Cookie" {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if value.contains("Max-Age=0") { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = String(pair[1]) }
        }
        return response
    }

    /// What the server would send: offloaded work run here, a streamed body read to its end.
    static func response(_ reply: Reply) -> Response {
        switch reply {
        case .response(let response): return response
        case .offloaded(let work): return response(work.run())
        case .streamed(let streamed):
            var body: [UInt8] = []
            while let chunk = try? streamed.nextChunk() { body += chunk }
            return Response(status: streamed.status, headers: streamed.headers, body: body)
        case .prepared: fatalError("the dashboard answers with fresh responses")
        }
    }

    static func encode(_ form: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.sorted().joined(separator: "&")
    }

    /// Logs in as anne through the form; returns the login post's answer.
    @discardableResult
    func logIn(name: String = "anne", password: String = DashboardFixture.password) -> Response {
        let form = call(.get, "/admin/login")
        let token = Self.hidden("login", in: form.text) ?? ""
        return call(.post, "/admin/login", form: ["login": token, "name": name, "password": password])
    }

    /// The session's CSRF token, read from a dashboard page as a browser would.
    func csrf() -> String? { Self.hidden("csrf", in: call(.get, "/admin").text) }

    static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    // MARK: events

    /// Sends events as kiosk `kiosk`, signed as a kiosk signs them.
    func send(_ events: [ReportEvent], kiosk: String = "k1", secret: WebhookSecret? = nil) throws {
        let body = HubFixture.body(events)
        let time = Timestamp.now().seconds
        let batch = "msg_\(UUID().uuidString)"
        _ = try hub.ingest.receive(kiosk: kiosk, webhookID: batch, timestamp: String(time),
                                   signature: WebhookSignature.sign(secret ?? hub.secret, id: batch, timestamp: time, body: body), body: body)
    }

    static func event(_ type: String, at: Timestamp = .now(), session: String? = nil, owner: String? = nil,
                      _ data: [JSONField] = []) -> ReportEvent {
        var fields = data
        if let session { fields.append(JSONField("session", .string(session))) }
        if let owner { fields.append(JSONField("owner", .string(owner))) }
        return ReportEvent(id: UUID().uuidString, type: type, at: at.rfc3339, data: .object(fields))
    }

    static func diagnostic(at: Timestamp = .now(), session: String, owner: String? = nil, overall: Int,
                           scores: [String: Int?], answers: [String: String]) -> ReportEvent {
        let dimensions = scores.sorted { $0.key < $1.key }.map { JSONField($0.key, $0.value.map { .number(JSONNumber($0)) } ?? .null) }
        let answered = answers.sorted { $0.key < $1.key }.map { JSONField($0.key, .string($0.value)) }
        return event("diagnostic.completed", at: at, session: session, owner: owner, [
            JSONField("overall", .number(JSONNumber(overall))), JSONField("level", .string("initie")),
            JSONField("dimensions", .object(dimensions)), JSONField("answers", .object(answered)),
        ])
    }

    static func advisor(id: String, session: String? = nil, owner: String? = nil, topic: String, name: String? = nil,
                        phone: String? = nil) -> ReportEvent {
        var data = [JSONField("request", .string(id)), JSONField("topic", .string(topic)), JSONField("preferredTime", .string("matin"))]
        if let name { data.append(JSONField("name", .string(name))) }
        if let phone { data.append(JSONField("phone", .string(phone))) }
        return event("advisor.requested", session: session, owner: owner, data)
    }

    func scalar(_ sql: String) throws -> SQLValue? {
        try database.read { (connection) throws(StorageError) in try connection.query(sql).first?.value(0) }
    }
}

extension Response {
    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }

    func headers(_ name: String) -> [String] { headers.filter { $0.0.lowercased() == name.lowercased() }.map(\.1) }
}

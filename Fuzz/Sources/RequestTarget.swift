import Glibc
import HTTPServer
import Kiosk
import Logging
import Onboarding
import Storage

/// The kiosk application behind the socket: a request line and a body, decoded by the same
/// path and query decoder the server uses, then routed and answered. Any answer is fine but a
/// 500: a client must never reach an internal error. `{S}` in the path becomes a live session.
enum RequestTarget {
    struct Kiosk: @unchecked Sendable {
        let app: KioskApp
        let session: String
    }

    static let kiosk: Kiosk = {
        let root = getenv("FUZZ_REPOSITORY").map { String(cString: $0) } ?? "."
        var template = Array("/dev/shm/vitrine-fuzz-XXXXXX".utf8CString)
        guard let directory = mkdtemp(&template).map({ String(cString: $0) }),
              let database = try? Database.open(path: directory + "/vitrine.sqlite", migrations: KioskSchema.migrations),
              let content = try? ContentLoader.load(directory: root + "/content"),
              let privacy = try? PrivacyNotices(directory: root + "/content"),
              let ui = try? StaticFiles(root: root + "/kiosk-ui"),
              let api = try? APIDocument(path: root + "/api/openapi.json"),
              let session = try? VisitorSessions(database: database).start(language: .fr) else {
            FuzzTargets.fail("cannot set up the kiosk (set FUZZ_REPOSITORY to the repository)")
        }
        let app = KioskApp(ui: ui, api: api, database: database, content: content, privacy: privacy, logger: Logger(label: "fuzz"))
        app.markReady()
        return Kiosk(app: app, session: session.id)
    }()

    static func run(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        let line = String(decoding: bytes[..<split], as: UTF8.self)
        let body = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : []
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return }
        let target = parts[1].replacingSession(kiosk.session)
        let pathPart = String(target.prefix { $0 != "?" })
        guard let path = try? PathDecoder.decodePath(pathPart), let query = query(String(target.dropFirst(pathPart.count + 1))) else { return }
        let request = Request(method: HTTPMethod(parts[0]), path: path, query: query,
                              headers: ["Content-Type": "application/json"], body: body)
        switch kiosk.app.respond(to: request) {
        case .response(let response) where response.status == 500:
            FuzzTargets.fail("500 for \(line): \(String(decoding: response.body, as: UTF8.self))")
        case .prepared(let prepared) where prepared.status == 500:
            FuzzTargets.fail("500 for \(line)")
        default: break
        }
    }

    private static func query(_ text: String) -> [String: String]? {
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let key = try? PathDecoder.decodeQueryComponent(halves[0]),
                  let value = try? PathDecoder.decodeQueryComponent(halves.count > 1 ? halves[1] : "") else { return nil }
            values[key] = value
        }
        return values
    }
}

extension String {
    fileprivate func replacingSession(_ session: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[open...]
            if after.hasPrefix("{S}") {
                result += session
                rest = after.dropFirst(3)
            } else {
                result += "{"
                rest = after.dropFirst()
            }
        }
        return result + rest
    }
}

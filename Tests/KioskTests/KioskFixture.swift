import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer
import Kiosk
import Logging
import Onboarding
import Storage
import TestSupport

/// The kiosk app on a real database file and a real loopback port, with the real UI folder.
final class KioskFixture: Sendable {
    let directory: String
    let database: Database
    let app: KioskApp
    let server: HTTPServer
    var port: Int { server.port }

    init(ready: Bool = true, settings: KioskSettings = KioskSettings(), maxBodyBytes: Int = 2048) throws {
        directory = Scratch.root + "/vitrine-kiosk-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory + "/vitrine.sqlite", migrations: KioskSchema.migrations)
        let ui = try StaticFiles(root: KioskFixture.repositoryRoot + "/kiosk-ui")
        let contentDirectory = KioskFixture.repositoryRoot + "/content"
        let api = try APIDocument(path: KioskFixture.repositoryRoot + "/api/openapi.json")
        app = KioskApp(ui: ui, api: api, database: database, content: try ContentLoader.load(directory: contentDirectory),
                       privacy: try PrivacyNotices(directory: contentDirectory), settings: settings, logger: Logger(label: "test"))
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.maxBodyBytes = maxBodyBytes
        server = HTTPServer(configuration: configuration, handler: app, logger: Logger(label: "test"))
        try server.start()
        if ready { app.markReady() }
    }

    deinit {
        server.stop(grace: 1)
        database.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    /// The `message` of a JSON error body ("" when there is none).
    static func message(_ json: Any?) -> String {
        ((json as? [String: [String: String]])?["error"]?["message"]) ?? ""
    }

    /// Starts a visit and returns its id.
    func startSession(_ language: String = "fr") throws -> String {
        let reply = try call("POST", "/api/v1/sessions", body: #"{"language":"\#(language)"}"#)
        return try #require((reply.json as? [String: Any])?["id"] as? String)
    }

    /// The raw bytes of a GET, with the status and headers.
    func fetch(_ path: String, headers: [String: String] = [:]) throws -> (status: Int, body: Data, headers: [String: String]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try HTTP.send(request)
        var fields: [String: String] = [:]
        for (key, value) in response.allHeaderFields { fields[String(describing: key).lowercased()] = String(describing: value) }
        return (response.statusCode, data, fields)
    }

    /// One request and its decoded JSON.
    func call(_ method: String, _ path: String, body: String? = nil,
              contentType: String? = "application/json") throws -> (status: Int, json: Any?, headers: [String: String]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if let body { request.httpBody = Data(body.utf8) }
        if let contentType, body != nil { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        let (data, response) = try HTTP.send(request)
        let json = data.isEmpty ? nil : try? JSONSerialization.jsonObject(with: data)
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields { headers[String(describing: key).lowercased()] = String(describing: value) }
        return (response.statusCode, json, headers)
    }
}

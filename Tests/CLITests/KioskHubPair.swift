import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real `vitrine hub` and a real `vitrine serve` reporting to it, on loopback, each with its
/// own state directory; the kiosk can be killed and restarted, the hub stopped and started.
final class KioskHubPair {
    let hubState: String
    let kioskState: String
    let hubPort = Vitrine.freePort()
    let kioskPort = Vitrine.freePort()
    private(set) var hub: Process?
    private(set) var kiosk: Process?

    init() throws {
        hubState = try Vitrine.temporaryDirectory()
        kioskState = try Vitrine.temporaryDirectory()
        let added = try Vitrine.run(["hub", "add-kiosk", "k1", "--json", "--state-directory", hubState])
        let json = try JSONSerialization.jsonObject(with: Data(added.output.utf8)) as? [String: String]
        let secret = try #require(json?["secret"])
        try #require(FileManager.default.createFile(atPath: kioskState + "/secret", contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600]))
    }

    deinit {
        for process in [hub, kiosk].compactMap({ $0 }) where process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    func startHub() throws {
        let process = Vitrine.start(["hub", "--port", "\(hubPort)", "--state-directory", hubState])
        try process.run()
        hub = process
        _ = Vitrine.waitForHealth(port: hubPort, process: process)
    }

    func stopHub() {
        hub?.terminate()
        hub?.waitUntilExit()
    }

    /// Starts the kiosk; `wait` for it to answer `/healthz`.
    func startKiosk(wait: Bool = true) throws {
        let process = Vitrine.start(["serve", "--port", "\(kioskPort)", "--state-directory", kioskState,
                                     "--set", "hub_url=http://127.0.0.1:\(hubPort)", "--set", "hub_kiosk_id=k1",
                                     "--set", "hub_secret_file=\(kioskState)/secret", "--set", "upstream_retry_max_seconds=1",
                                     "--set", "upstream_batch_events=25"])
        try process.run()
        kiosk = process
        if wait { _ = Vitrine.waitForHealth(port: kioskPort, process: process) }
    }

    func killKiosk() {
        guard let kiosk else { return }
        kill(kiosk.processIdentifier, SIGKILL)
        kiosk.waitUntilExit()
    }

    func stopKiosk() {
        kiosk?.terminate()
        kiosk?.waitUntilExit()
    }

    /// Starts a visit (one visit.started event); false when the kiosk did not answer 201.
    @discardableResult
    func visit() -> Bool {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(kioskPort)/api/v1/sessions")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"language":"fr"}"#.utf8)
        request.timeoutInterval = 2
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var status = 0
        URLSession.shared.dataTask(with: request) { _, response, _ in
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
            done.signal()
        }.resume()
        done.wait()
        return status == 201
    }

    /// One column of a query on a database, read-only, through Python's sqlite3 (independent
    /// of our Storage layer, and safe while the daemon writes).
    func column(_ database: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", """
            import sqlite3, sys
            db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
            for row in db.execute(sys.argv[2]): print(row[0])
            """, database, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    var kioskDatabase: String { kioskState + "/vitrine.sqlite" }
    var hubDatabase: String { hubState + "/hub.sqlite" }

    /// Waits until the kiosk's outbox is empty; false after `seconds`.
    func drained(within seconds: Double) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try column(kioskDatabase, "SELECT count(*) FROM outbox") == ["0"] { return true }
            usleep(100_000)
        }
        return false
    }
}

import Foundation
import TestSupport
import Testing

/// The hub runs on the same daemon runtime as `serve`: the same notify protocol, watchdog,
/// reload, lock and socket activation, and an orderly stop of its maintenance thread.
@Suite("vitrine hub under systemd: notify, watchdog, reload, lock, socket activation", .serialized, .ownThreads)
struct SystemdHubTests {
    static let watchdogUSec = 600_000

    @Test func readyAfterHealthzThenStatusPingsAndStopping() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let listener = NotifyListener()
        let process = Vitrine.start(["hub", "--port", "\(port)", "--state-directory", directory,
                                     "--set", "hub_export_directory=\(directory)/export"],
                                    environment: ["NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": "\(Self.watchdogUSec)"])
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        let (ready, before) = listener.wait(for: "READY=1", within: 10)
        #expect(ready != nil)
        #expect(before.isEmpty, "nothing before READY=1: \(before.map(\.text))")
        #expect(Vitrine.get(port: port, path: "/healthz")?.0 == 200, "/healthz answers by the time READY=1 is sent")
        #expect(ready?.text.contains("STATUS=Serving http://127.0.0.1:\(port); 0 kiosks, 0 pages published") == true, "\(ready?.text ?? "")")
        _ = listener.collect(for: 0.05)
        let pings = listener.collect(for: 2).filter { $0.text == "WATCHDOG=1" }
        #expect(pings.count >= 4, "\(pings.count) pings in 2 s, one every 0.3 s expected")

        kill(process.processIdentifier, SIGTERM)
        #expect(listener.wait(for: "STOPPING=1", within: 5).0 != nil)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(listener.collect(for: 0.3).isEmpty, "nothing after STOPPING=1")
        let log = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("hub listening on http://127.0.0.1:\(port)"), "\(log)")
        #expect(log.hasSuffix("vitrine: hub stopped\n"), "the database closes last, after the maintenance thread: \(log)")
    }

    @Test func reloadAppliesLogLevelAndNamesTheHubUnit() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let file = directory + "/v.toml"
        try "log_level = \"info\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let listener = NotifyListener()
        let process = Vitrine.start(["hub", "--config", file, "--port", "\(port)", "--state-directory", directory + "/s"],
                                    environment: ["NOTIFY_SOCKET": listener.name])
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        #expect(listener.wait(for: "READY=1", within: 10).0 != nil)
        try "log_level = \"debug\"\nhub_retention_days = 30\n".write(toFile: file, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        #expect(listener.wait(for: "RELOADING=1", within: 5).0 != nil)
        #expect(listener.wait(for: "READY=1", within: 5).0 != nil)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("reload: log_level is now debug"), "\(log)")
        #expect(log.contains("need a restart (systemctl restart vitrine-hub): hub_retention_days"), "\(log)")
    }

    @Test func aSecondHubOnTheSameStateDirectoryIsRefusedWith75() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let first = Vitrine.start(["hub", "--port", "\(port)", "--state-directory", directory])
        try first.run()
        defer { if first.isRunning { first.terminate(); first.waitUntilExit() } }
        #expect(Vitrine.waitForHealth(port: port, process: first) != nil)
        let second = try Vitrine.run(["hub", "--port", "\(Vitrine.freePort())", "--state-directory", directory])
        #expect(second.status == 75)
        #expect(second.error.contains("in use by another 'vitrine hub'"), "\(second.error)")
        #expect(second.error.contains("systemctl stop vitrine-hub"), "\(second.error)")
    }

    @Test func socketActivationServesOnThePassedSocket() throws {
        try SystemdServeTests.servesOnAPassedSocket(command: "hub", logLine: "hub listening on http://127.0.0.1:")
    }
}

import Foundation
import TestSupport
import Testing

@Suite("vitrine serve under systemd: notify, watchdog, socket activation", .serialized, .ownThreads)
struct SystemdServeTests {
    /// 600 ms: pings expected every 300 ms.
    static let watchdogUSec = 600_000

    @Test func readyAfterHealthzThenStatusPingsAndStopping() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let listener = NotifyListener()
        let process = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory],
                                    environment: ["NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": "\(Self.watchdogUSec)"])
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        let (ready, before) = listener.wait(for: "READY=1", within: 10)
        #expect(ready != nil)
        #expect(before.isEmpty, "nothing before READY=1: \(before.map(\.text))")
        #expect(Vitrine.get(port: port, path: "/healthz")?.0 == 200, "/healthz answers by the time READY=1 is sent")
        #expect(ready?.text.contains("STATUS=Serving http://127.0.0.1:\(port); outbox: 0 events waiting") == true, "\(ready?.text ?? "")")

        // Pings queued while the test was busy (a slow machine) would arrive together and look
        // too frequent: drop them, then time the ones that come.
        _ = listener.collect(for: 0.05)
        let messages = listener.collect(for: 3)
        let pings = messages.filter { $0.text == "WATCHDOG=1" }.map(\.at)
        // About 10 expected (every 0.3 s). What matters: well within the 0.6 s period systemd
        // allows, and not a flood; a loaded machine may delay a few.
        #expect(pings.count >= 4 && pings.count <= 13, "\(pings.count) pings in 3 s")
        let gaps = zip(pings.dropFirst(), pings).map { $0.timeIntervalSince($1) }
        let mean = gaps.reduce(0, +) / Double(max(gaps.count, 1))
        #expect(mean > 0.2 && mean < 0.6, "mean gap \(mean) s, half of 0.6 s expected")

        kill(process.processIdentifier, SIGTERM)
        let (stopping, _) = listener.wait(for: "STOPPING=1", within: 5)
        #expect(stopping != nil)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(listener.collect(for: 0.3).isEmpty, "nothing after STOPPING=1")
    }

    /// The honest way to hang the HTTP loop from outside: take every connection slot it has
    /// (max_connections=1 plus the screen's 32 reserved slots, idle clients on 127.0.0.1 holding
    /// them, which are never shed), so it can serve no new client. The process
    /// and its supervising thread keep running, so only a real probe of the listener can notice.
    @Test func noPingsWhileTheHTTPLoopCannotAnswerAndPingsAgainAfter() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let listener = NotifyListener()
        let process = Vitrine.start(["serve", "--port", "\(port)", "--state-directory", directory,
                                     "--set", "threads=1", "--set", "max_connections=1", "--set", "idle_timeout=3600",
                                     "--set", "request_timeout=3600", "--set", "header_timeout=600"],
                                    environment: ["NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": "\(Self.watchdogUSec)"])
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        #expect(listener.wait(for: "READY=1", within: 10).0 != nil)
        #expect(listener.wait(for: "WATCHDOG=1", within: 2).0 != nil)

        let held = (0..<33).map { _ in holdConnection(port: port) }
        let (failing, _) = listener.wait(for: "STATUS=Not answering: HTTP", within: 3)
        #expect(failing != nil)
        let hung = listener.collect(for: 2)
        #expect(!hung.contains { $0.text == "WATCHDOG=1" }, "no ping while the loop cannot answer: \(hung.map(\.text))")
        #expect(process.isRunning)

        held.forEach { close($0) }
        let (ping, _) = listener.wait(for: "WATCHDOG=1", within: 3)
        #expect(ping != nil, "pings again once the loop answers")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let log = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("watchdog: not answering"))
        #expect(log.contains("watchdog: answering again"))
    }

    @Test func reloadAppliesLogLevelAndNamesKeysThatNeedARestart() throws {
        let directory = try Vitrine.temporaryDirectory()
        let port = Vitrine.freePort()
        let file = directory + "/v.toml"
        try "log_level = \"info\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let listener = NotifyListener()
        let process = Vitrine.start(["serve", "--config", file, "--port", "\(port)", "--state-directory", directory + "/s"],
                                    environment: ["NOTIFY_SOCKET": listener.name])
        try process.run()
        #expect(listener.wait(for: "READY=1", within: 10).0 != nil)
        try "log_level = \"debug\"\nkiosk_label = \"la place\"\nthreads = 3\n".write(toFile: file, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        #expect(listener.wait(for: "RELOADING=1", within: 5).0 != nil)
        #expect(listener.wait(for: "READY=1", within: 5).0 != nil)
        try "port = \"x\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        #expect(listener.wait(for: "READY=1", within: 5).0 != nil)
        #expect(Vitrine.get(port: port, path: "/healthz")?.0 == 200, "a refused configuration keeps the running one")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("reload: log_level is now debug"), "\(log)")
        #expect(log.contains("need a restart (systemctl restart vitrine): threads, kiosk_label"), "\(log)")
        #expect(log.contains("reload: the configuration was refused, keeping the running one"), "\(log)")
    }

    /// The socket is opened by the test (as systemd would) and passed as descriptor 3; the pid in
    /// LISTEN_PID is only known after fork, hence the `sh -c 'LISTEN_PID=$$ exec …'` wrapper.
    @Test func socketActivationServesOnThePassedSocket() throws {
        try Self.servesOnAPassedSocket(command: "serve", logLine: "listening on http://127.0.0.1:")
    }

    /// What both daemons must do with a socket systemd passes: answer on it, bind nothing else,
    /// stop cleanly on SIGTERM, and say so in the log (`logLine` followed by the port).
    static func servesOnAPassedSocket(command: String, logLine: String) throws {
        let directory = try Vitrine.temporaryDirectory()
        let (socketFD, port) = try listeningSocket()
        defer { close(socketFD) }
        let unusedPort = Vitrine.freePort()
        let log = directory + "/\(command).log"
        let script = "LISTEN_PID=$$ LISTEN_FDS=1 exec \"$0\" \(command) --port \(unusedPort) --state-directory '\(directory)/s' 2>'\(log)'"
        let pid = try spawn(["/bin/sh", "-c", script, Vitrine.executable], passing: socketFD)
        var healthy = false
        for _ in 0..<200 where !healthy {
            healthy = Vitrine.get(port: port, path: "/healthz")?.0 == 200
            if !healthy { usleep(50_000) }
        }
        #expect(healthy, "answers on the passed socket")
        #expect(Vitrine.get(port: unusedPort, path: "/healthz") == nil, "does not bind the configured port")
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(status == 0)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(text.contains("\(logLine)\(port) (socket from systemd)"), "\(text)")
    }

    static func listeningSocket() throws -> (Int32, Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard ok else { throw POSIXError(.EADDRNOTAVAIL) }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// posix_spawn with `descriptor` as the child's fd 3 and a clean environment.
    static func spawn(_ arguments: [String], passing descriptor: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptor, 3)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = [strdup("PATH=/usr/bin:/bin"), nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = FileManager.default.changeCurrentDirectoryPath(Vitrine.repositoryRoot)
        guard result, posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { throw POSIXError(.ECHILD) }
        return pid
    }
}

import Foundation
import Systemd
import Testing
import TestSupport

/// A datagram socket the test listens on, as systemd's manager would.
final class ManagerSocket {
    let descriptor: Int32
    let name: String

    init(abstract: Bool) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        let unique = "vitrine-test-\(UUID().uuidString.prefix(8))"
        name = abstract ? "@" + unique : NSTemporaryDirectory() + unique + ".sock"
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(name.utf8)
        if abstract { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &address.sun_path) { path in for (i, b) in bytes.enumerated() { path[i] = b } }
        let length = socklen_t(2 + bytes.count + (abstract ? 0 : 1))
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(descriptor)
        if !name.hasPrefix("@") { unlink(name) }
    }

    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : nil
    }
}

@Suite("sd_notify without libsystemd", .ownThreads)
struct NotifyTests {
    @Test(arguments: [true, false])
    func messagesReachThePathOrAbstractSocket(abstract: Bool) throws {
        let manager = try ManagerSocket(abstract: abstract)
        let notifier = ServiceNotifier(socket: NotifySocket(name: manager.name))
        #expect(notifier.isActive)
        #expect(notifier.ready(status: "Serving\nhttp://x"))
        #expect(manager.receive() == "READY=1\nSTATUS=Serving http://x")
        #expect(notifier.watchdog())
        #expect(manager.receive() == "WATCHDOG=1")
        #expect(notifier.stopping(status: "bye"))
        #expect(manager.receive() == "STOPPING=1\nSTATUS=bye")
    }

    @Test func noSocketMeansSilentNoOps() {
        #expect(NotifySocket(name: nil) == nil)
        #expect(NotifySocket(name: "") == nil)
        #expect(NotifySocket(name: "relative/path") == nil)
        #expect(NotifySocket(name: "/" + String(repeating: "x", count: 200)) == nil)
        let notifier = ServiceNotifier(socket: nil)
        #expect(!notifier.isActive)
        #expect(!notifier.ready(status: "x"))
    }

    @Test func watchdogPeriodFollowsSdWatchdogEnabled() {
        #expect(WatchdogSettings.period(usec: "30000000", pid: nil, ownPID: 42) == 30_000_000)
        #expect(WatchdogSettings.period(usec: "30000000", pid: "42", ownPID: 42) == 30_000_000)
        #expect(WatchdogSettings.period(usec: "30000000", pid: "7", ownPID: 42) == nil)
        #expect(WatchdogSettings.period(usec: "0", pid: nil, ownPID: 42) == nil)
        #expect(WatchdogSettings.period(usec: "abc", pid: nil, ownPID: 42) == nil)
        #expect(WatchdogSettings.period(usec: nil, pid: nil, ownPID: 42) == nil)
        #expect(WatchdogSettings.pingInterval(period: 30_000_000) == 15_000_000)
    }

    @Test func listenFDsCountOnlyForOurPID() throws {
        #expect(try SocketActivation.descriptors(listenFDs: "2", listenPID: "42", ownPID: 42) == [3, 4])
        #expect(try SocketActivation.descriptors(listenFDs: "1", listenPID: "41", ownPID: 42) == [])
        #expect(try SocketActivation.descriptors(listenFDs: nil, listenPID: nil, ownPID: 42) == [])
        #expect(throws: SocketActivation.Refusal.badCount("x")) {
            try SocketActivation.descriptors(listenFDs: "x", listenPID: "42", ownPID: 42)
        }
    }

    @Test func supervisorPingsOnlyWhileHealthy() throws {
        let manager = try ManagerSocket(abstract: true)
        let notifier = ServiceNotifier(socket: NotifySocket(name: manager.name))
        let healthy = HealthFlag()
        let supervisor = ServiceSupervisor(notifier: notifier, intervalMicroseconds: 50_000, pingWatchdog: true,
                                           check: { healthy.value ? .healthy(status: "ok") : .failing(reason: "stuck") },
                                           report: { _, _ in })
        #expect(supervisor.start())
        #expect(manager.receive() == "WATCHDOG=1")
        #expect(manager.receive() == "STATUS=ok")
        #expect(manager.receive() == "WATCHDOG=1")
        healthy.value = false
        var sawFailure = false
        for _ in 0..<5 where !sawFailure { sawFailure = manager.receive() == "STATUS=Not answering: stuck" }
        #expect(sawFailure)
        var timeout = timeval(tv_sec: 0, tv_usec: 300_000)
        setsockopt(manager.descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #expect(manager.receive() == nil, "no ping while failing")
        supervisor.stop()
    }
}

final class HealthFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = true
    var value: Bool {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

import Glibc
import Synchronization

/// Runs `<executable> render-sheet` with the sheet as JSON on its standard input and reads the
/// PDF from its standard output, killing it after `timeout`.
///
/// Why a child: once pango has laid out one line, fontconfig's configuration and font caches
/// stay in the process (measured: +2.7 MB of heap, +8 MB resident), over the daemon's idle
/// budget; a child takes them away when it exits. A crash on some unexpected text is the
/// child's, not the daemon's.
enum RenderingChild {
    static let executable = Mutex<String?>(nil)
    static let timeoutMilliseconds: Int32 = 20_000

    static func run(_ executable: String, input: [UInt8]) throws(PosterPDFError) -> [UInt8] {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw failure("pipe") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw failure("pipe")
        }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }  // no other child inherits them
        let pid: pid_t
        do {
            pid = try spawn(executable, stdin: toChild[0], stdout: fromChild[1])
        } catch {
            for descriptor in toChild + fromChild { close(descriptor) }
            throw error
        }
        close(toChild[0])
        close(fromChild[1])
        let sent = writeAll(input, to: toChild[1])
        close(toChild[1])
        let (output, finished) = readAll(fromChild[0], deadline: monotonicMilliseconds() + Int64(timeoutMilliseconds))
        close(fromChild[0])
        if !finished { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard finished else { throw PosterPDFError(description: "rendering child: no answer within \(timeoutMilliseconds) ms") }
        guard sent, status == 0, output.starts(with: Array("%PDF-".utf8)) else {
            throw PosterPDFError(description: "rendering child failed (wait status \(status))")
        }
        return output
    }

    private static func spawn(_ executable: String, stdin: Int32, stdout: Int32) throws(PosterPDFError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)  // the daemon blocks SIGTERM for its signal thread
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(executable), strdup("render-sheet"), nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, arguments, environ)
        guard code == 0 else { throw PosterPDFError(description: "cannot start \(executable): \(String(cString: strerror(code)))") }
        return pid
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Everything until end of file, or what came before the deadline (`finished` false).
    private static func readAll(_ descriptor: Int32, deadline: Int64) -> (bytes: [UInt8], finished: Bool) {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let left = deadline - monotonicMilliseconds()
            guard left > 0 else { return (bytes, false) }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, Int32(min(left, 1000)))
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0 else { return (bytes, false) }
            if ready == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return (bytes, count == 0) }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    private static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }

    private static func failure(_ call: String) -> PosterPDFError {
        PosterPDFError(description: "\(call): \(String(cString: strerror(errno)))")
    }
}

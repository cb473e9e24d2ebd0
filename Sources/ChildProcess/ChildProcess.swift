import Glibc

/// One run of a helper program with its input on standard input and its answer on standard
/// output, bounded in time: the daemons' way to keep heavy or risky work (drawing a poster,
/// speaking a text) out of their own memory, so what the work loads leaves when the child exits
/// and a crash is the child's, not the daemon's.
public enum ChildProcess {
    /// What the child answered: all of its standard output, its wait status, and whether all
    /// of the input reached it.
    public struct Finished: Sendable {
        public let output: [UInt8]
        public let status: Int32
        public let inputSent: Bool
    }

    /// Why a run has no answer.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A pipe could not be made.
        case system(String)
        /// The program could not be started (not installed, not executable).
        case cannotStart(program: String, reason: String)
        /// No end of output within the time given; the child was killed.
        case timedOut(milliseconds: Int64)
        /// More input than a pipe holds (see `inputLimit`).
        case inputTooLarge(bytes: Int)

        public var description: String {
            switch self {
            case .system(let reason): return reason
            case .cannotStart(let program, let reason): return "cannot start \(program): \(reason)"
            case .timedOut(let milliseconds): return "no answer within \(milliseconds) ms"
            case .inputTooLarge(let bytes): return "\(bytes) bytes of input, more than \(ChildProcess.inputLimit)"
            }
        }
    }

    /// The input is written whole before the output is read, so it must fit in a pipe (Linux:
    /// 64 KiB), or a child that answers as it reads would block on its output while the daemon
    /// blocks on its input. A poster's sheet and a spoken text are a few kilobytes.
    public static let inputLimit = 65_536

    /// Runs `arguments[0]` (looked up in `PATH` when it has no `/`) with `arguments`, writes
    /// `input` to it, reads its output until it ends, and kills it after `timeoutMilliseconds`.
    /// Its standard error goes to /dev/null when `quiet` (it could echo the input). The child
    /// starts with no signal blocked, whatever the daemon blocks for its signal thread.
    public static func run(_ arguments: [String], input: [UInt8], timeoutMilliseconds: Int64,
                           quiet: Bool = false) throws(Failure) -> Finished {
        guard input.count <= inputLimit else { throw .inputTooLarge(bytes: input.count) }
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw .system("pipe: " + String(cString: strerror(errno))) }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw .system("pipe: " + String(cString: strerror(errno)))
        }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }  // no other child inherits them
        let pid: pid_t
        do {
            pid = try spawn(arguments, stdin: toChild[0], stdout: fromChild[1], quiet: quiet)
        } catch {
            for descriptor in toChild + fromChild { close(descriptor) }
            throw error
        }
        close(toChild[0])
        close(fromChild[1])
        let sent = ChildPipes.writeAll(input, to: toChild[1])
        close(toChild[1])
        let (output, finished) = ChildPipes.readAll(fromChild[0], within: timeoutMilliseconds)
        close(fromChild[0])
        if !finished { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard finished else { throw .timedOut(milliseconds: timeoutMilliseconds) }
        return Finished(output: output, status: status, inputSent: sent)
    }

    private static func spawn(_ arguments: [String], stdin: Int32, stdout: Int32, quiet: Bool) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let program = arguments.first ?? ""
        let code = program.contains("/") ? posix_spawn(&pid, program, &actions, &attributes, argv, environ)
                                         : posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        guard code == 0 else { throw .cannotStart(program: program, reason: String(cString: strerror(code))) }
        return pid
    }
}

import Glibc

/// One `espeak-ng --stdout --stdin` run per synthesis: the text goes in on standard input
/// (never in the arguments, which any local user can read in /proc), the WAV comes back on
/// standard output, standard error goes to /dev/null (it could echo the text).
///
/// Why a child rather than libespeak-ng in the daemon: see README ("Speech"). In short, the
/// child costs 20–80 ms a run on this box, its ~7.6 MB of voice data and buffers leave with it,
/// and the static binary does not have to carry espeak-ng, pcaudio and sonic.
enum EspeakChild {
    static let executable = "espeak-ng"
    static let timeoutMilliseconds: Int64 = 10_000

    static func synthesize(_ text: String, voice: String, wordsPerMinute: Int) throws(SpeechError) -> [UInt8] {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw failure("pipe") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw failure("pipe")
        }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let arguments = [executable, "-v", voice, "-s", String(wordsPerMinute), "-b", "1", "--stdin", "--stdout"]
        let pid: pid_t
        do {
            pid = try spawn(arguments, stdin: toChild[0], stdout: fromChild[1])
        } catch {
            for descriptor in toChild + fromChild { close(descriptor) }
            throw error
        }
        close(toChild[0])
        close(fromChild[1])
        let sent = ChildPipes.writeAll(Array(text.utf8), to: toChild[1])
        close(toChild[1])
        let (output, finished) = ChildPipes.readAll(fromChild[0], within: timeoutMilliseconds)
        close(fromChild[0])
        if !finished { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard finished else { throw SpeechError(description: "espeak-ng: no answer within \(timeoutMilliseconds) ms") }
        guard sent, status == 0 else { throw SpeechError(description: "espeak-ng failed (wait status \(status))") }
        return try WAVStream.finished(output)
    }

    private static func spawn(_ arguments: [String], stdin: Int32, stdout: Int32) throws(SpeechError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)  // the daemon blocks SIGTERM for its signal thread
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, executable, &actions, &attributes, argv, environ)
        guard code == 0 else {
            throw SpeechError(description: "cannot start \(executable): \(String(cString: strerror(code))) (Debian package espeak-ng)")
        }
        return pid
    }

    private static func failure(_ call: String) -> SpeechError {
        SpeechError(description: "\(call): \(String(cString: strerror(errno)))")
    }
}

import ChildProcess

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
        let arguments = [executable, "-v", voice, "-s", String(wordsPerMinute), "-b", "1", "--stdin", "--stdout"]
        let finished: ChildProcess.Finished
        do {
            finished = try ChildProcess.run(arguments, input: Array(text.utf8), timeoutMilliseconds: timeoutMilliseconds, quiet: true)
        } catch .cannotStart(let program, let reason) {
            throw SpeechError(description: "cannot start \(program): \(reason) (Debian package espeak-ng)")
        } catch {
            throw SpeechError(description: "espeak-ng: \(error)")
        }
        guard finished.inputSent, finished.status == 0 else {
            throw SpeechError(description: "espeak-ng failed (wait status \(finished.status))")
        }
        return try WAVStream.finished(finished.output)
    }
}

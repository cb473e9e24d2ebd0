import ChildProcess
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
        let finished: ChildProcess.Finished
        do {
            finished = try ChildProcess.run([executable, "render-sheet"], input: input, timeoutMilliseconds: Int64(timeoutMilliseconds))
        } catch {
            throw PosterPDFError(description: "rendering child: \(error)")
        }
        guard finished.inputSent, finished.status == 0, finished.output.starts(with: Array("%PDF-".utf8)) else {
            throw PosterPDFError(description: "rendering child failed (wait status \(finished.status))")
        }
        return finished.output
    }
}

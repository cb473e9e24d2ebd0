import Glibc
import JSON
import PosterPDF

/// `vitrine render-sheet` (hidden, not for people): the daemons' rendering child. Reads a
/// `PrintSheet` as JSON on standard input, writes its PDF on standard output, exits; 1 with a
/// line on standard error if the sheet is unreadable or cannot be drawn.
enum RenderSheet {
    static let command = "render-sheet"
    /// This very program, even if its file was replaced by an upgrade since it started.
    static let executable = "/proc/self/exe"

    static func run() -> Never {
        do {
            let sheet = try JSON.decode(PrintSheet.self, from: readInput())
            let pdf = try PosterPDF.renderHere(sheet)
            guard write(pdf) else { exit(1) }
            exit(0)
        } catch {
            Terminal.error("vitrine render-sheet: \(error)")
            exit(1)
        }
    }

    private static func readInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    private static func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}

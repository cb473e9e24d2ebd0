import Foundation

/// Runs the `vitrine-crashloop` executable that SwiftPM builds next to the test bundle.
enum CrashLoopChild {
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "vitrine-crashloop not found in: \(searched.joined(separator: ", "))" }
    }

    /// What one run printed before it was killed, and how it ended.
    struct Run {
        /// Batches announced as committed.
        let committed: [Int64]
        /// The last batch whose transaction had begun, if any.
        let lastBegun: Int64?
        let killed: Bool
        let errorOutput: String
    }

    static let name = "vitrine-crashloop"

    /// Looks beside the test binary (Linux: `.build/debug/<package>PackageTests.xctest`), and a few
    /// levels up for bundle layouts (macOS: `…xctest/Contents/MacOS`); symlinks resolved.
    static func locate() throws -> URL {
        let starts = [CommandLine.arguments.first, "/proc/self/exe", Bundle.main.executablePath, Bundle.main.bundlePath]
            .compactMap { $0 }
            .map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().deletingLastPathComponent() }
        var searched: [String] = []
        for start in starts {
            var directory = start
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                searched.append(directory.path)
                directory = directory.deletingLastPathComponent()
            }
        }
        throw NotFound(searched: searched)
    }

    /// Starts the child on `database`, lets it run for `lifetime` microseconds, then SIGKILLs it.
    static func runAndKill(_ executable: URL, database: String, after lifetime: UInt32) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = [database]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        usleep(lifetime)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n")
        return Run(committed: numbers(after: "committed ", in: lines),
                   lastBegun: numbers(after: "writing ", in: lines).last,
                   killed: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL,
                   errorOutput: String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    private static func numbers(after prefix: String, in lines: [Substring]) -> [Int64] {
        lines.compactMap { $0.hasPrefix(prefix) ? Int64($0.dropFirst(prefix.count)) : nil }
    }
}

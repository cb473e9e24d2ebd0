import Glibc

/// The fuzz targets, by name. Each checks a property, not only "no crash": a violated property
/// calls `fail`, which aborts so libFuzzer saves the input.
enum FuzzTargets {
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "request": RequestTarget.run, "json": JSONTarget.run, "config": ConfigTarget.run,
        "escaping": EscapingTarget.run, "slug": SlugTarget.run,
    ]

    static let selected: @Sendable ([UInt8]) -> Void = {
        let name = getenv("FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let target = all[name] else {
            print("FUZZ_TARGET must be one of \(all.keys.sorted().joined(separator: ", "))")
            exit(2)
        }
        return target
    }()

    static func fail(_ message: String) -> Never {
        let line = Array("property violated: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}

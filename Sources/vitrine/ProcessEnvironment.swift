import Glibc

/// The process environment as a dictionary (FoundationEssentials has no ProcessInfo here).
enum ProcessEnvironment {
    static func current() -> [String: String] {
        var result: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        return result
    }
}

/// Small terminal helpers for the CLI.
enum Terminal {
    static func error(_ line: String, newline: Bool = true) {
        (newline ? line + "\n" : line).withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
    }

    static func output(_ line: String) {
        (line + "\n").withCString { _ = write(STDOUT_FILENO, $0, strlen($0)) }
    }
}

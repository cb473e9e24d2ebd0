import Configuration
import Glibc

/// Where the files shipped with vitrine (`content/`, `kiosk-ui/`, `api/openapi.json`) are, so
/// every command works from any working directory. A path the operator set is taken as given (relative to the
/// working directory). The default, a bare name, is looked for in order:
/// 1. `<executable's folder>/../share/vitrine/<name>`: an installed binary (`/usr/bin/vitrine`
///    of the `.deb` finds `/usr/share/vitrine`, a `/usr/local` install its own);
/// 2. the checkout this binary was built from (known at build time from `#filePath`), even when
///    the binary was copied elsewhere;
/// 3. `/usr/share/vitrine/<name>`.
enum ShippedPath {
    static let installed = "/usr/share/vitrine"

    /// The folder or file for `setting`, or an error naming every place tried and why each failed.
    static func resolve(_ setting: Setting<String>, in config: ResolvedConfig) throws(CLIError) -> String {
        let key = setting.key.name
        let value = config[setting]
        guard config.source(of: setting) == .default, !value.hasPrefix("/") else {
            return try existing(value, key: key)
        }
        var tried: [String] = []
        for candidate in candidates(value) {
            if let problem = problem(with: candidate) { tried.append("\(candidate) (\(problem))") } else { return candidate }
        }
        throw CLIError("\(key) '\(value)' not found; tried \(tried.joined(separator: ", ")); set \(key)",
                       exitCode: .configuration)
    }

    static func candidates(_ name: String) -> [String] {
        var list: [String] = []
        if let executable = executableFolder() { list.append(parent(of: executable) + "/share/vitrine/" + name) }
        list.append(checkout + "/" + name)
        list.append(installed + "/" + name)
        var seen: Set<String> = []
        return list.filter { seen.insert($0).inserted }
    }

    /// The checkout's root: this file is `<root>/Sources/vitrine/ShippedPath.swift`.
    static let checkout: String = {
        var path = #filePath
        for _ in 0..<3 { path = parent(of: path) }
        return path
    }()

    private static func existing(_ path: String, key: String) throws(CLIError) -> String {
        if let problem = problem(with: path) { throw CLIError("\(key) '\(path)': \(problem)", exitCode: .configuration) }
        return path
    }

    /// Why `path` is neither a folder nor a regular file, or nil when it is one.
    private static func problem(with path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return String(cString: strerror(errno)) }
        let type = status.st_mode & S_IFMT
        return type == S_IFDIR || type == S_IFREG ? nil : "neither a folder nor a file"
    }

    private static func executableFolder() -> String? {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBytes { readlink("/proc/self/exe", $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count - 1) }
        guard count > 0 else { return nil }
        return parent(of: String(decoding: buffer[..<count], as: UTF8.self))
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

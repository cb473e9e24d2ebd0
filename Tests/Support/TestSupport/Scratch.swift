import Foundation

/// Where tests put their temporary files: one folder per test process, removed when the
/// process exits, so a run leaves nothing behind in the system's temporary directory.
public enum Scratch {
    /// `<tmp>/vitrine-tests-<pid>`, created on first use.
    public static let root: String = {
        let path = NSTemporaryDirectory() + "vitrine-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return path
    }()

    /// A fresh, existing folder under `root`.
    public static func directory(_ prefix: String) throws -> String {
        let path = root + "/" + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A fresh path under `root`, nothing created.
    public static func path(_ prefix: String) -> String { root + "/" + prefix + "-" + UUID().uuidString }
}

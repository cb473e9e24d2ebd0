import Foundation

/// Finds the repository's `content/` folder from this source file.
///
/// The tests may be built from a package whose test folder is a symbolic link into the
/// repository, so both the path as compiled and its resolved form are walked up.
enum ContentLocation {
    static func directory(file: String = #filePath) -> String? {
        let start = URL(fileURLWithPath: file)
        for origin in [start, start.resolvingSymlinksInPath()] {
            var folder = origin.deletingLastPathComponent()
            while folder.path != "/" {
                let content = folder.appendingPathComponent("content")
                if FileManager.default.fileExists(atPath: content.appendingPathComponent("fr").path) {
                    return content.path
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }
}

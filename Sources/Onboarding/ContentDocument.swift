import JSON
import LocalFiles

extension ContentNode {
    /// Reads and parses one content file into the root node of its tree.
    ///
    /// A UTF-8 byte-order mark (which some Windows editors add) is skipped; anything else that
    /// is not UTF-8 or not JSON is refused with the line and column to look at.
    static func document(at path: String) throws(ContentError) -> ContentNode {
        guard let contents = LocalFile.read(path) else {
            throw ContentError(file: path, path: "", reason: "cannot be read (missing file or no permission)")
        }
        let bytes = contents.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(contents.dropFirst(3)) : contents
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ContentError(file: path, path: "", reason: "is not valid UTF-8 text")
        }
        do {
            return ContentNode(value: try JSON.parse(bytes), file: path, path: "")
        } catch {
            throw ContentError(file: path, path: "line \(error.line), column \(error.column)", reason: error.reason)
        }
    }
}

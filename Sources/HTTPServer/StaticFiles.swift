import Glibc
import LocalFiles

/// A folder of files (the kiosk UI) loaded into memory once and served as prepared responses.
///
/// Loading everything at start makes traversal impossible by construction: a request can only
/// name a key of the table built here. While loading, hidden files, files of unknown type,
/// non-regular files and symlinks that resolve outside the root are skipped.
public struct StaticFiles: Sendable {
    public struct Asset: Sendable {
        public let etag: String
        let full: PreparedResponse
        let notModified: PreparedResponse
    }

    public enum LoadError: Error, CustomStringConvertible {
        case notADirectory(String)
        case unreadable(String, Int32)

        public var description: String {
            switch self {
            case .notADirectory(let path): "UI folder \(path) is not a readable directory"
            case .unreadable(let path, let code): "cannot read \(path) (\(String(cString: strerror(code))), or over the size limit)"
            }
        }
    }

    public static let maximumFileSize = 8 << 20
    private let assets: [String: Asset]
    /// The URL paths served, sorted (for logs and tests).
    public var paths: [String] { assets.keys.sorted() }

    /// Loads every servable file under `root`; `/` serves `index.html`.
    public init(root: String, cacheControl: String = "no-cache") throws(LoadError) {
        guard let realRoot = FileSystem.realPath(root), FileSystem.isDirectory(realRoot) else {
            throw .notADirectory(root)
        }
        var table: [String: Asset] = [:]
        for (urlPath, file) in try StaticFiles.files(in: realRoot, prefix: "") {
            guard let type = MediaTypes.type(forFileName: file) else { continue }
            let bytes = try StaticFiles.read(file)
            table[urlPath] = StaticFiles.asset(bytes, type: type, cacheControl: cacheControl)
        }
        if let index = table["/index.html"] { table["/"] = index }
        self.assets = table
    }

    /// The asset at `path`, answered 304 when `If-None-Match` matches; nil when there is none.
    public func reply(for request: Request) -> Reply? {
        guard let asset = assets[request.path] else { return nil }
        if let condition = request.header("If-None-Match"), ETag.matches(ifNoneMatch: condition, tag: asset.etag) {
            return .prepared(asset.notModified)
        }
        return .prepared(asset.full)
    }

    public func asset(at path: String) -> Asset? { assets[path] }

    private static func asset(_ bytes: [UInt8], type: String, cacheControl: String) -> Asset? {
        let etag = ETag.strong(for: bytes)
        let headers = [("Content-Type", type), ("ETag", etag), ("Cache-Control", cacheControl)]
        guard let full = PreparedResponse(Response(status: 200, headers: headers, body: bytes)),
              let notModified = PreparedResponse(Response.empty(status: 304, headers: Array(headers.dropFirst())))
        else { return nil }
        return Asset(etag: etag, full: full, notModified: notModified)
    }

    /// Walks `directory` (an already resolved path): an entry is kept only if it resolves
    /// under it, so symlinks pointing out of the folder are skipped.
    private static func files(in directory: String, prefix: String) throws(LoadError) -> [(String, String)] {
        var found: [(String, String)] = []
        for name in try FileSystem.entries(of: directory) where !name.hasPrefix(".") {
            guard let real = FileSystem.realPath(directory + "/" + name), real.hasPrefix(directory + "/") else { continue }
            if FileSystem.isDirectory(real) {
                found += try files(in: real, prefix: prefix + "/" + name)
            } else if FileSystem.isRegularFile(real) {
                found.append((prefix + "/" + name, real))
            }
        }
        return found
    }

    private static func read(_ path: String) throws(LoadError) -> [UInt8] {
        guard let bytes = LocalFile.read(path, limit: maximumFileSize) else {
            throw .unreadable(path, errno)
        }
        return bytes
    }
}

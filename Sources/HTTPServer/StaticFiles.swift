import Glibc
import LocalFiles

/// A folder of files (the kiosk UI) loaded into memory once and served as prepared responses.
///
/// Loading everything at start makes traversal impossible by construction: a request can only
/// name a key of the table built here. While loading, hidden files, files of unknown type,
/// non-regular files and symlinks that resolve outside the root are skipped.
public struct StaticFiles: Sendable {
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
    private let assets: PathTable<PreparedEntity>
    /// The URL paths served, sorted (for logs and tests).
    public var paths: [String] { assets.paths.sorted() }

    /// Loads every servable file under `root`; `/` serves `index.html`.
    public init(root: String, cacheControl: String = "no-cache") throws(LoadError) {
        guard let realRoot = FileSystem.realPath(root), FileSystem.isDirectory(realRoot) else {
            throw .notADirectory(root)
        }
        var table = PathTable<PreparedEntity>()
        for (urlPath, file) in try StaticFiles.files(in: realRoot, prefix: "") {
            guard let type = MediaTypes.type(forFileName: file) else { continue }
            let bytes = try StaticFiles.read(file)
            if let asset = StaticFiles.asset(bytes, type: type, cacheControl: cacheControl) { table.set(asset, for: urlPath) }
        }
        if let index = table[path: "/index.html"] { table.set(index, for: "/") }
        self.assets = table
    }

    /// The asset at `path`, answered 304 when `If-None-Match` matches; nil when there is none.
    public func reply(for request: Request) -> Reply? {
        guard let asset = assets[path: request.path] else { return nil }
        return .prepared(asset.answer(ifNoneMatch: request.header("If-None-Match")))
    }

    /// The same answer for the fast path, from the raw path.
    public func prepared(_ get: PlainGet) -> PreparedResponse? {
        assets.value(rawPath: get.rawPath)?.answer(ifNoneMatch: get.ifNoneMatch)
    }

    private static func asset(_ bytes: [UInt8], type: String, cacheControl: String) -> PreparedEntity? {
        let etag = ETag.strong(for: bytes)
        let headers = [("Content-Type", type), ("ETag", etag), ("Cache-Control", cacheControl)]
        return PreparedEntity(etag: etag, full: Response(status: 200, headers: headers, body: bytes),
                              notModified: Response.empty(status: 304, headers: Array(headers.dropFirst())))
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

import Glibc

/// The few POSIX file operations the server needs, without Foundation.
enum FileSystem {
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool { mode(of: path) == S_IFDIR }

    static func isRegularFile(_ path: String) -> Bool { mode(of: path) == S_IFREG }

    private static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    static func entries(of directory: String) throws(StaticFiles.LoadError) -> [String] {
        guard let handle = opendir(directory) else { throw .unreadable(directory, errno) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

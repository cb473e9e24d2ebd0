import Configuration
import Glibc
import Kiosk
import Storage

/// Where the kiosk's database lives, and opening it with the checks that protect it.
enum StateStore {
    static let fileName = "vitrine.sqlite"
    /// How often a daemon's database is checkpointed even without an erasure (bounds the WAL).
    static let checkpointSeconds = 300

    static func path(in directory: String) -> String { directory + "/" + fileName }

    static func open(directory: String, config: ResolvedConfig) throws(CLIError) -> Database {
        try makeDirectory(directory)
        do {
            return try Database.open(path: path(in: directory), migrations: KioskSchema.migrations,
                                     busyTimeoutMilliseconds: config[Keys.busyTimeoutMilliseconds])
        } catch {
            throw CLIError(String(describing: error), exitCode: .data)
        }
    }

    /// Creates the state directory (and parents) owner-only if missing.
    static func makeDirectory(_ directory: String) throws(CLIError) {
        var partial = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o750) != 0 && errno != EEXIST {
                throw CLIError("cannot create state directory \(partial): \(String(cString: strerror(errno)))", exitCode: .io)
            }
        }
    }
}

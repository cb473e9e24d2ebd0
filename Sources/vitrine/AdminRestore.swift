import Configuration
import Glibc
import Kiosk
import Storage

/// `vitrine admin restore PATH`: puts a backup back in place of the kiosk's database.
///
/// Refused while the daemon runs (it holds the state directory's lock, which restore takes for
/// the whole swap, so the daemon cannot start half-way either). The backup is copied with
/// SQLite's backup API next to the database, checked (integrity_check, vitrine's application id,
/// a schema this build knows) and brought up to date, and only then renamed over the database in
/// one atomic step. The replaced database stays beside it as `vitrine.sqlite.pre-restore`.
enum AdminRestore {
    static let keptSuffix = ".pre-restore"

    static func run(source: String, config: ResolvedConfig) throws(CLIError) -> String {
        let directory = config[Keys.stateDirectory]
        try StateStore.makeDirectory(directory)
        let lock = try StateLock.acquire(directory: directory, holder: "the running daemon")
        defer { withExtendedLifetime(lock) {} }
        let target = StateStore.path(in: directory)
        let staging = target + ".restoring"
        remove(staging)
        do {
            try stage(source, at: staging, config: config)
            try swap(staging, into: target)
        } catch {
            remove(staging)
            throw error
        }
        return target
    }

    /// Copies and checks the backup; any refusal leaves the live database untouched.
    private static func stage(_ source: String, at staging: String, config: ResolvedConfig) throws(CLIError) {
        let findings: [String]
        do {
            findings = try Database.integrityCheck(path: source)
        } catch {
            throw CLIError("\(source): \(error)", exitCode: .data)
        }
        guard findings == ["ok"] else {
            throw CLIError("\(source) fails its integrity check: \(findings.prefix(3).joined(separator: "; ")); not restoring it", exitCode: .data)
        }
        do {
            try Database.backup(from: source, to: staging) { _, _ in }
        } catch {
            throw CLIError(String(describing: error), exitCode: .io)
        }
        do {
            // Refuses another program's file or a newer schema; migrates an older backup.
            let database = try Database.open(path: staging, migrations: KioskSchema.migrations,
                                             busyTimeoutMilliseconds: config[Keys.busyTimeoutMilliseconds])
            database.close()
        } catch {
            throw CLIError("\(source) is not a vitrine database this build can use: \(error)", exitCode: .data)
        }
    }

    /// Keeps the old database (with its WAL, which may hold committed pages) under the kept
    /// name, then renames the staged copy over the live name: the database is never missing.
    private static func swap(_ staging: String, into target: String) throws(CLIError) {
        let kept = target + keptSuffix
        remove(kept)
        if access(target, F_OK) == 0 && link(target, kept) != 0 {
            throw CLIError("cannot keep the current database as \(kept): \(String(cString: strerror(errno)))", exitCode: .io)
        }
        for suffix in ["-wal", "-shm"] where access(target + suffix, F_OK) == 0 {
            guard rename(target + suffix, kept + suffix) == 0 else {
                throw CLIError("cannot move \(target + suffix) aside: \(String(cString: strerror(errno)))", exitCode: .io)
            }
        }
        for suffix in ["-wal", "-shm", "-journal"] { unlink(staging + suffix) }
        guard rename(staging, target) == 0 else {
            throw CLIError("cannot rename \(staging) to \(target): \(String(cString: strerror(errno)))", exitCode: .io)
        }
        syncDirectory(of: target)
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    private static func syncDirectory(of path: String) {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let descriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { fsync(descriptor); close(descriptor) }
    }
}

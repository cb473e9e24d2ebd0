import Glibc

/// An exclusive `flock` on `<state_directory>/vitrine.lock`, held by `vitrine serve` for its whole
/// life and by `vitrine admin restore` while it swaps the database file. Whoever comes second is
/// refused at once, so a restore can never pull the file from under a running daemon, nor a
/// daemon start on a half-restored one. The kernel drops the lock when the process dies (even
/// by SIGKILL), so a crash never leaves a stale lock behind.
final class StateLock {
    static let fileName = "vitrine.lock"

    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Takes the lock (`file` in `directory`: the hub has its own) or throws exit 75 naming who
    /// may hold it.
    static func acquire(directory: String, file: String = fileName, holder: String, unit: String = "vitrine") throws(CLIError) -> StateLock {
        let path = directory + "/" + file
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else {
            throw CLIError("cannot open \(path): \(String(cString: strerror(errno)))", exitCode: .io)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(descriptor)
            if busy {
                throw CLIError("\(directory) is in use by \(holder) (\(path) is locked); stop it first (systemctl stop \(unit))",
                               exitCode: .temporaryFailure)
            }
            throw CLIError("cannot lock \(path): \(String(cString: strerror(errno)))", exitCode: .io)
        }
        return StateLock(descriptor: descriptor)
    }

    /// True while another process holds the lock (a daemon is running on this directory).
    static func isHeld(directory: String) -> Bool {
        let descriptor = open(directory + "/" + fileName, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }
}

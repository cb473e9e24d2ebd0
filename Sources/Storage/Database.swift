import Synchronization

/// The kiosk's SQLite database: one writer connection behind a Mutex (SQLite 3.40 must never have
/// two connections writing or checkpointing at once) and a pool of read-only connections.
/// Every access happens in a closure that is a whole transaction, so nothing is ever left half
/// written when the box loses power.
public final class Database: Sendable {
    /// The database file, as given to `open`.
    public let path: String
    private let writer: Mutex<ConnectionHandle?>
    private let readers: ReaderPool

    init(path: String, writer: ConnectionHandle, busyTimeoutMilliseconds: Int) {
        self.path = path
        self.writer = Mutex(writer)
        readers = ReaderPool(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    deinit {
        close()
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction on the writer and commits; any error thrown
    /// rolls everything back and is rethrown. Writers run one at a time. Do not call `write` from
    /// inside `write` (it would wait for itself); `read` inside `write` is fine and sees the last
    /// commit, not the pending changes.
    ///
    /// The error is always a `StorageError`, so callers map it once (to a 503, an exit code) and
    /// a domain refusal is decided before or after the transaction, not thrown through it.
    public func write<T>(_ body: (Connection) throws(StorageError) -> T) throws(StorageError) -> T {
        // The result leaves through a local rather than as withLock's return value: the Mutex may
        // only hand back `sending` values, and T is whatever the caller's closure made.
        var outcome: Result<T, StorageError> = .failure(.closed(path: path))
        writer.withLock { handle in
            guard let handle else { return }
            outcome = Result { () throws(StorageError) -> T in try Transaction.run(on: handle, begin: "BEGIN IMMEDIATE", body) }
        }
        return try outcome.get()
    }

    /// Runs `body` in a read transaction on a read-only connection: everything it reads comes from
    /// one snapshot (taken at its first read), whatever the writer commits meanwhile.
    public func read<T>(_ body: (Connection) throws(StorageError) -> T) throws(StorageError) -> T {
        let handle = try readers.borrow()
        defer { readers.giveBack(handle) }
        return try Transaction.run(on: handle, begin: "BEGIN", body)
    }

    /// Copies the WAL into the database file and truncates the WAL to zero bytes, so it cannot
    /// grow without bound. Returns false when a reader still needed part of the WAL (it will be
    /// done on a later call).
    @discardableResult
    public func checkpoint() throws(StorageError) -> Bool {
        try writer.withLock { handle throws(StorageError) -> Bool in
            guard let handle else { throw .closed(path: path) }
            return try handle.integer("PRAGMA wal_checkpoint(TRUNCATE)") == 0
        }
    }

    /// Runs SQLite's full `integrity_check` on a reader (the writer keeps going meanwhile).
    /// Returns `["ok"]` when the database is sound, otherwise SQLite's findings.
    public func integrityCheck() throws(StorageError) -> [String] {
        let handle = try readers.borrow()
        defer { readers.giveBack(handle) }
        return try IntegrityCheck.findings(on: handle)
    }

    /// Writes a consistent copy of the database to `destination` while writes go on (see
    /// `OnlineBackup`). Never overwrites: an existing `destination` is refused.
    public func backup(to destination: String,
                       progress: (_ done: Int, _ total: Int) -> Void) throws(StorageError) {
        let handle = try readers.borrow()
        defer { readers.giveBack(handle) }
        try OnlineBackup.copy(from: handle, to: destination, progress: progress)
    }

    /// Finalizes statements and closes every connection (daemon shutdown). Later calls throw
    /// `StorageError.closed`; calling `close` again does nothing.
    public func close() {
        readers.close()
        writer.withLock { handle in
            handle?.close()
            handle = nil
        }
    }
}

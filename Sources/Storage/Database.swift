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
    /// The last full integrity check's verdict (`IntegrityVerdict` raw values).
    let integrity = Atomic<Int>(IntegrityVerdict.notChecked.rawValue)
    /// An erasure whose checkpoint could not truncate the WAL yet (a reader held it): the
    /// periodic checkpoint retries within a second.
    let erasurePending = Atomic<Bool>(false)
    private let periodic = Mutex<PeriodicCheckpoint?>(nil)

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

    /// `write` for transactions that erase personal data (withdrawal, erasure, purge,
    /// retention): after the commit, the writer runs a truncating checkpoint, so the erased
    /// values leave the WAL's older frames at once (the pages were zeroed by `secure_delete`).
    /// If a reader keeps the checkpoint from finishing within the busy timeout, the periodic
    /// checkpoint (`startPeriodicCheckpoints`) retries every second until it does.
    public func erase<T>(_ body: (Connection) throws(StorageError) -> T) throws(StorageError) -> T {
        var outcome: Result<T, StorageError> = .failure(.closed(path: path))
        writer.withLock { handle in
            guard let handle else { return }
            outcome = Result { () throws(StorageError) -> T in try Transaction.run(on: handle, begin: "BEGIN IMMEDIATE", body) }
            if case .success = outcome, (try? handle.integer("PRAGMA wal_checkpoint(TRUNCATE)")) != 0 {
                erasurePending.store(true, ordering: .relaxed)
            }
        }
        return try outcome.get()
    }

    /// For an erasure committed through `write` (one that only sometimes erases, like the hub's
    /// ingest of a withdrawal): the periodic checkpoint truncates the WAL within a second.
    public func noteErasure() {
        erasurePending.store(true, ordering: .relaxed)
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
            let done = try handle.integer("PRAGMA wal_checkpoint(TRUNCATE)") == 0
            if done { erasurePending.store(false, ordering: .relaxed) }
            return done
        }
    }

    /// Checkpoints every `intervalSeconds` (bounding the WAL on a quiet box, where SQLite's
    /// automatic checkpoints never run), and within a second after an erasure whose own
    /// checkpoint could not finish. Daemons call this once; `close` stops it.
    public func startPeriodicCheckpoints(intervalSeconds: Int) {
        let job = PeriodicCheckpoint(database: self, intervalSeconds: intervalSeconds)
        periodic.withLock { $0?.cancel(); $0 = job }
    }

    /// Runs SQLite's full `integrity_check` on a reader (the writer keeps going meanwhile).
    /// Returns `["ok"]` when the database is sound, otherwise SQLite's findings.
    public func integrityCheck() throws(StorageError) -> [String] {
        let handle = try readers.borrow()
        defer { readers.giveBack(handle) }
        let findings = try IntegrityCheck.findings(on: handle)
        integrity.store((findings == ["ok"] ? IntegrityVerdict.sound : .damaged).rawValue, ordering: .relaxed)
        return findings
    }

    /// What the last full integrity check of this process found (opening checks only the
    /// header and the schema): for status lines and metrics.
    public var integrityVerdict: IntegrityVerdict { IntegrityVerdict(rawValue: integrity.load(ordering: .relaxed)) ?? .notChecked }

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
        periodic.withLock { $0?.cancel(); $0 = nil }
        readers.close()
        writer.withLock { handle in
            handle?.close()
            handle = nil
        }
    }
}

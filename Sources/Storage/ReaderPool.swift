import Synchronization

/// Read-only connections, opened on first need and kept for reuse, so readers never wait for
/// the writer nor for each other (WAL lets them all read at once).
final class ReaderPool: Sendable {
    private struct State {
        var idle: [ConnectionHandle] = []
        var isClosed = false
    }

    /// Idle connections kept; more may be open at a busy moment, the extras are closed on return.
    private static let maximumIdle = 4

    private let path: String
    private let busyTimeoutMilliseconds: Int
    private let state = Mutex(State())

    init(path: String, busyTimeoutMilliseconds: Int) {
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
    }

    /// A reader for the caller alone until it is given back.
    func borrow() throws(StorageError) -> ConnectionHandle {
        let (isClosed, idle) = state.withLock { state in (state.isClosed, state.idle.popLast()) }
        guard !isClosed else { throw .closed(path: path) }
        if let idle { return idle }
        return try ConnectionHandle.openReader(path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    /// Takes a reader back; one left inside a transaction, or not needed any more, is closed.
    func giveBack(_ handle: ConnectionHandle) {
        let kept = state.withLock { state in
            guard !state.isClosed, state.idle.count < Self.maximumIdle, !handle.isInTransaction else { return false }
            state.idle.append(handle)
            return true
        }
        if !kept { handle.close() }
    }

    /// Closes the idle readers; readers out on loan are closed when given back.
    func close() {
        let idle = state.withLock { state in
            state.isClosed = true
            defer { state.idle = [] }
            return state.idle
        }
        idle.forEach { $0.close() }
    }
}

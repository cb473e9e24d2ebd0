import Synchronization

/// How many offloaded replies wait to be queued (`OffloadLanes`). Every request asks (the
/// access handler and the completion notice), so it is an object of its own that nothing holds
/// weakly: `OffloadLanes` is referenced weakly by its pools' threads, which gives it a side
/// table, and each retain or release of it would take the runtime's slow path. The server
/// reads this instead and touches the lanes only when a reply waits.
final class PendingReplies: Sendable {
    private let count = Atomic<Int>(0)

    /// Whether any reply waits.
    @inline(__always) var any: Bool { count.load(ordering: .acquiring) > 0 }

    func added() { count.add(1, ordering: .releasing) }

    func taken() { count.subtract(1, ordering: .releasing) }
}

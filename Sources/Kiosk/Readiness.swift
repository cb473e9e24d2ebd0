import Synchronization

/// Whether the kiosk is ready to answer (database and listener up, not stopping): shared by
/// `/healthz` and `/metrics`.
final class Readiness: Sendable {
    private let flag = Atomic<Bool>(false)

    var isReady: Bool { flag.load(ordering: .acquiring) }

    func set(_ value: Bool) { flag.store(value, ordering: .releasing) }
}

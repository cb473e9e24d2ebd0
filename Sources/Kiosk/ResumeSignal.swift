import Synchronization

/// What happens when an owner resumes, besides answering them: the daemon sets it to ask the
/// hub for fresh feedback (scans, slug conflicts), which the passport then shows. The kiosk
/// never imports the HTTP client; it only rings.
final class ResumeSignal: Sendable {
    private let action = Mutex<(@Sendable () -> Void)?>(nil)

    func set(_ action: @escaping @Sendable () -> Void) { self.action.withLock { $0 = action } }

    func ring() { action.withLock { $0 }?() }
}

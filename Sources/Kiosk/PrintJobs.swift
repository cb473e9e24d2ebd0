import Printing
import Synchronization

/// The print jobs this kiosk submitted, by CUPS job id, each with the visit that asked for it,
/// so a screen can follow its own job and no other. Kept in memory (a job matters for a minute),
/// the most recent `capacity` only.
final class PrintJobs: Sendable {
    struct Entry: Sendable {
        let sessionID: String
        let queue: String
        let title: String
    }

    private let entries = Mutex<[(id: Int32, entry: Entry)]>([])
    private let capacity = 256

    func add(_ job: PrintJob, title: String, sessionID: String) {
        entries.withLock { list in
            list.append((job.id, Entry(sessionID: sessionID, queue: job.queue, title: title)))
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
    }

    /// The job `id` if the visit `sessionID` submitted it.
    func find(_ id: Int32, sessionID: String) -> Entry? {
        entries.withLock { list in list.last { $0.id == id && $0.entry.sessionID == sessionID }?.entry }
    }
}

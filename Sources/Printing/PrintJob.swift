/// A job as the kiosk shows it: where it is, and what stops it if anything does.
public struct PrintJob: Sendable, Equatable {
    public enum State: String, Sendable {
        case pending, printing, done, failed
    }

    /// CUPS's job id on its queue.
    public let id: Int32
    public let queue: String
    public let state: State
    /// What keeps it from printing (a paused queue, no paper), nil while all is well.
    public let reason: PrinterReason?

    public init(id: Int32, queue: String, state: State, reason: PrinterReason?) {
        self.id = id
        self.queue = queue
        self.state = state
        self.reason = reason
    }
}

/// A queue's state as `vitrine admin status` and `/metrics` report it.
public struct PrinterStatus: Sendable, Equatable {
    public let queue: String
    /// Ready to print now: idle or printing, accepting jobs, no reason to stop.
    public var ready: Bool { reason == nil }
    public let reason: PrinterReason?
    /// The printer's own words (`printer-state-message`), often empty.
    public let message: String

    public init(queue: String, reason: PrinterReason?, message: String) {
        self.queue = queue
        self.reason = reason
        self.message = message
    }
}

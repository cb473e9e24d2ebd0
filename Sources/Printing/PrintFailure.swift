/// Why printing cannot happen or did not happen, as a reason a screen can translate and staff
/// can act on, with CUPS's own words kept for the log.
public struct PrintFailure: Error, Sendable, CustomStringConvertible {
    public let reason: PrinterReason
    /// What CUPS said (status text, queue name), for the log and the operator.
    public let detail: String

    public init(_ reason: PrinterReason, _ detail: String) {
        self.reason = reason
        self.detail = detail
    }

    public var description: String { "\(reason.rawValue): \(detail)" }
}

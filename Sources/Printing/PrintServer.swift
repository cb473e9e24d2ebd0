import CCups

/// The kiosk's side of CUPS: submit a PDF to a queue with its paper size, then read the job's
/// and the queue's state. Each call opens its own short connection (libcups connections are
/// not shared across threads), bounded by `timeout` seconds.
public struct PrintServer: Sendable {
    /// The queue from the `printer` setting; nil: CUPS's default destination (`lpadmin -d`).
    public let queue: String?
    public let timeout: Double

    public init(queue: String?, timeout: Double = 5) {
        self.queue = queue
        self.timeout = timeout
    }

    /// Submits `pdf` as one Print-Job: `media` is a PWG name (`iso_a5_148x210mm`), `title` the
    /// job name the queue shows. A paused queue is refused here rather than left waiting.
    public func submit(pdf: [UInt8], title: String, media: String) throws(PrintFailure) -> PrintJob {
        let connection = try CUPSConnection(timeout: timeout)
        let name = try resolvedQueue(connection)
        let printer = try status(of: name, connection)
        if let reason = printer.reason, reason == .stopped { throw PrintFailure(reason, "queue \(name) is paused") }
        let request = IPPMessage(IPP_OP_PRINT_JOB)
        request.add(.operation, .uri, "printer-uri", Self.printerURI(name))
        request.add(.operation, .name, "job-name", title)
        request.add(.operation, .mimeType, "document-format", "application/pdf")
        request.add(.job, .keyword, "media", media)
        let response = try connection.send(request, document: pdf, to: "/printers/" + name)
        guard let id = response.integer("job-id") else { throw PrintFailure(.jobFailed, "CUPS gave no job id") }
        return PrintJob(id: id, queue: name, state: .pending, reason: printer.reason)
    }

    /// The job's state now; the queue's reason is added while it waits or prints.
    public func job(_ id: Int32, on queue: String) throws(PrintFailure) -> PrintJob {
        let connection = try CUPSConnection(timeout: timeout)
        let request = IPPMessage(IPP_OP_GET_JOB_ATTRIBUTES)
        request.add(.operation, .uri, "printer-uri", Self.printerURI(queue))
        request.add(integer: "job-id", id)
        request.request(["job-state", "job-state-reasons"])
        let response = try connection.send(request, to: "/jobs")
        let state = response.integer("job-state").map { ipp_jstate_t(rawValue: UInt32($0)) } ?? IPP_JSTATE_PENDING
        switch state {
        case IPP_JSTATE_COMPLETED:
            return PrintJob(id: id, queue: queue, state: .done, reason: nil)
        case IPP_JSTATE_CANCELED, IPP_JSTATE_ABORTED:
            return PrintJob(id: id, queue: queue, state: .failed, reason: .jobFailed)
        default:
            let reason = try status(of: queue, connection).reason
            return PrintJob(id: id, queue: queue, state: state == IPP_JSTATE_PROCESSING ? .printing : .pending, reason: reason)
        }
    }

    /// The configured (or default) queue's state, for status reports.
    public func status() throws(PrintFailure) -> PrinterStatus {
        let connection = try CUPSConnection(timeout: timeout)
        return try status(of: try resolvedQueue(connection), connection)
    }

    private func status(of name: String, _ connection: CUPSConnection) throws(PrintFailure) -> PrinterStatus {
        let request = IPPMessage(IPP_OP_GET_PRINTER_ATTRIBUTES)
        request.add(.operation, .uri, "printer-uri", Self.printerURI(name))
        request.request(["printer-state", "printer-state-reasons", "printer-state-message", "printer-is-accepting-jobs"])
        let response = try connection.send(request, to: "/")
        let stopped = response.integer("printer-state") == Int32(IPP_PSTATE_STOPPED.rawValue)
            || response.boolean("printer-is-accepting-jobs") == false
        let reason = PrinterReason.from(keywords: response.strings("printer-state-reasons")) ?? (stopped ? .stopped : nil)
        return PrinterStatus(queue: name, reason: reason, message: response.string("printer-state-message") ?? "")
    }

    /// The configured queue, or the scheduler's default asked over IPP (CUPS-Get-Default),
    /// never through libcups's destination lookup or a user's lpoptions.
    private func resolvedQueue(_ connection: CUPSConnection) throws(PrintFailure) -> String {
        if let queue { return queue }
        let request = IPPMessage(IPP_OP_CUPS_GET_DEFAULT)
        request.request(["printer-name"])
        do throws(PrintFailure) {
            let response = try connection.send(request, to: "/")
            guard let name = response.string("printer-name") else { throw PrintFailure(.noPrinter, "no default destination") }
            return name
        } catch where error.reason == .unknownQueue {
            throw PrintFailure(.noPrinter, "CUPS has no default destination (lpadmin -d)")
        }
    }

    /// `ipp://localhost/printers/NAME`: the form cupsd expects from a local client. Queue names
    /// are checked by the configuration (letters, digits, `-`, `_`, `.`), so no escaping is needed.
    static func printerURI(_ name: String) -> String { "ipp://localhost/printers/" + name }

    /// Whether `name` can be a CUPS queue name as this kiosk accepts it.
    public static func isQueueName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 127 && name.utf8.allSatisfy {
            (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || [0x2D, 0x2E, 0x5F].contains($0)
        }
    }
}

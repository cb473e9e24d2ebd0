import CCups
import Glibc

/// One connection to the CUPS scheduler named by libcups's usual rules (`CUPS_SERVER`,
/// `client.conf`, else `/run/cups/cups.sock`), with every wait bounded: connecting and each
/// read or write give up after `timeout` seconds instead of holding a worker for ever.
///
/// Only plain IPP requests go through it. libcups's destination helpers (`cupsGetDests`,
/// `cupsEnumDests`, `cupsGetNamedDest`, `cupsCreateJob`, which calls the latter) are avoided:
/// Debian 12's libcups2 2.4.2-3+deb12u10 loops in that lookup (OpenPrinting/cups#1429).
final class CUPSConnection {
    private let http: OpaquePointer

    init(timeout: Double) throws(PrintFailure) {
        try Self.loadLibrary()
        let server = String(cString: cupsServer())
        guard let http = httpConnect2(server, ippPort(), nil, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1,
                                      Int32(timeout * 1000), nil) else {
            throw PrintFailure(.cupsUnreachable, "cannot connect to CUPS at \(server)")
        }
        httpSetTimeout(http, timeout, nil, nil)
        self.http = http
    }

    deinit { httpClose(http) }

    /// Sends `request` (freed here) to `resource` and returns the response, or why it failed.
    func send(_ request: IPPMessage, to resource: String) throws(PrintFailure) -> IPPMessage {
        let response = cupsDoRequest(http, request.release(), resource)
        return try checked(response)
    }

    /// Sends `request` (freed here) with `document` after it, as Print-Job does. The document
    /// goes through an unlinked temporary file, the path libcups's own `lp` takes.
    func send(_ request: IPPMessage, document: [UInt8], to resource: String) throws(PrintFailure) -> IPPMessage {
        let file = try SpoolFile(document)
        return try checked(cupsDoIORequest(http, request.release(), resource, file.descriptor, -1))
    }

    private func checked(_ response: OpaquePointer?) throws(PrintFailure) -> IPPMessage {
        let status = cupsLastError()
        guard let response else { throw failure("waiting for CUPS") }
        let message = IPPMessage(response)
        guard status.rawValue <= IPP_STATUS_OK_CONFLICTING.rawValue else {
            throw status == IPP_STATUS_ERROR_NOT_FOUND ? PrintFailure(.unknownQueue, Self.lastError())
                : status == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS ? PrintFailure(.stopped, Self.lastError())
                : PrintFailure(.jobFailed, Self.lastError())
        }
        return message
    }

    private func failure(_ step: String) -> PrintFailure {
        let timedOut = httpError(http) == ETIMEDOUT || httpError(http) == EAGAIN
        return PrintFailure(timedOut ? .timeout : .cupsUnreachable, "\(step): \(Self.lastError())")
    }

    /// libcups is loaded by the first connection, not at start: a kiosk that never prints never
    /// maps it. Its absence reads as CUPS unreachable, which is what staff can act on.
    private static func loadLibrary() throws(PrintFailure) {
        if let reason = vitrine_cups_load() {
            throw PrintFailure(.cupsUnreachable, "cannot load libcups: " + String(cString: reason))
        }
    }

    private static func lastError() -> String {
        cupsLastErrorString().map { String(cString: $0) } ?? "unknown CUPS error"
    }
}

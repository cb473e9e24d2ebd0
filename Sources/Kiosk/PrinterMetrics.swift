import Printing

/// The printer's lines of `/metrics`: whether posters can print now, and if not, why (one
/// series per reason, 1 for the current one), read from CUPS at each scrape (2 s bound).
enum PrinterMetrics {
    static func text(_ printer: PrintServer) -> String {
        let reason: PrinterReason?
        do throws(PrintFailure) {
            reason = try PrintServer(queue: printer.queue, timeout: 2).status().reason
        } catch {
            reason = error.reason
        }
        let problems = PrinterReason.allCases.map { "vitrine_printer_problem{reason=\"\($0.rawValue)\"} \($0 == reason ? 1 : 0)" }
        return """
            # HELP vitrine_printer_ready 1 when the CUPS queue posters go to can print now, else 0 (see vitrine_printer_problem).
            # TYPE vitrine_printer_ready gauge
            vitrine_printer_ready \(reason == nil ? 1 : 0)
            # HELP vitrine_printer_problem What stops printing now: 1 for the current reason (no_printer, stopped, out_of_paper…).
            # TYPE vitrine_printer_problem gauge
            \(problems.joined(separator: "\n"))

            """
    }
}

/// The few things that stop a poster from printing, in words a visitor and shop staff share,
/// read from CUPS's `printer-state-reasons` keywords (RFC 8011 §5.4.12, PWG 5100.9) and states.
public enum PrinterReason: String, Sendable, CaseIterable {
    /// No `printer` configured and no CUPS default destination.
    case noPrinter = "no_printer"
    /// The configured queue does not exist on this CUPS.
    case unknownQueue = "unknown_queue"
    /// cupsd does not answer (not installed, not running, no permission on its socket).
    case cupsUnreachable = "cups_unreachable"
    /// The queue is disabled (`cupsdisable`) or refuses jobs (`cupsreject`).
    case stopped
    case offline
    case outOfPaper = "out_of_paper"
    case paperJam = "paper_jam"
    case outOfInk = "out_of_ink"
    case doorOpen = "door_open"
    /// CUPS cancelled or aborted the job (a filter failed, the printer refused it).
    case jobFailed = "job_failed"
    /// CUPS took longer to answer than the kiosk waits.
    case timeout

    /// The reason behind CUPS keywords, most urgent first; nil when none stops printing.
    /// Keywords carry a `-error`, `-warning` or `-report` suffix, which is ignored.
    public static func from(keywords: [String]) -> PrinterReason? {
        let bare = Set(keywords.map(Self.bare))
        let order: [(PrinterReason, [String])] = [
            (.outOfPaper, ["media-empty", "media-needed", "input-tray-missing"]),
            (.paperJam, ["media-jam"]),
            (.doorOpen, ["door-open", "cover-open", "interlock-open"]),
            (.outOfInk, ["toner-empty", "marker-supply-empty", "marker-ink-almost-empty"]),
            (.offline, ["offline", "shutdown", "timed-out", "connecting-to-device"]),
            (.stopped, ["paused"]),
        ]
        return order.first { _, names in names.contains { bare.contains($0) } }?.0
    }

    private static func bare(_ keyword: String) -> String {
        for suffix in ["-error", "-warning", "-report"] where keyword.hasSuffix(suffix) {
            return String(keyword.dropLast(suffix.count))
        }
        return keyword
    }

    /// One plain English sentence: what happened and what staff can do.
    public var message: String {
        switch self {
        case .noPrinter: "No printer is set up on this kiosk; staff can set one up (see the operations guide)."
        case .unknownQueue: "The printer named in the kiosk's settings does not exist; staff can check the 'printer' setting."
        case .cupsUnreachable: "The printing service is not answering; staff can restart it (systemctl restart cups)."
        case .stopped: "The printer is paused; staff can resume it (cupsenable, or the printer's page in CUPS)."
        case .offline: "The printer is off or unplugged; staff can switch it on and check its cable or Wi-Fi."
        case .outOfPaper: "The printer is out of paper; staff can load paper, then it prints by itself."
        case .paperJam: "The paper is jammed; staff can open the printer and remove the sheet."
        case .outOfInk: "The printer is out of ink or toner; staff can replace the cartridge."
        case .doorOpen: "A cover of the printer is open; staff can close it."
        case .jobFailed: "The printer refused this poster; staff can look at the CUPS log, then try again."
        case .timeout: "The printing service is too slow to answer; staff can check it, then try again."
        }
    }
}

import Glibc
import HTTPServer
import Onboarding
import QRCode

/// A slip for a thermal receipt printer: the shop's name and address in plain ASCII (the one
/// character set every ESC/POS printer has), then the page's QR code as a raster image.
enum ReceiptJob {
    /// The `format` of the receipt's poster code.
    static let format = "ticket"

    /// `codeLine` is the ticket's short code in words, printed under the symbol.
    static func make(name: String, url: String, codeLine: String? = nil, dotsWide: Int, correction: ErrorCorrection) throws(HTTPError) -> [UInt8] {
        guard let matrix = try? QRCode.matrix(forURL: url, correction: correction),
              let raster = try? QRCode.escposRaster(matrix, dotsWide: dotsWide) else { throw KioskRoutes.internalError }
        let reset: [UInt8] = [0x1B, 0x40], centre: [UInt8] = [0x1B, 0x61, 1]
        let bold: [UInt8] = [0x1B, 0x45, 1], plain: [UInt8] = [0x1B, 0x45, 0]
        let text = reset + centre + bold + Array((Slug.plainASCII(name) + "\n").utf8) + plain + Array((url + "\n").utf8)
        let under = codeLine.map { Array(("\n" + Slug.plainASCII($0) + "\n\n").utf8) } ?? []
        return text + raster + under
    }
}

/// Writes a job to the printer's device (`/dev/usb/lp0`, a serial port, or a file for tests).
/// The device must exist: a missing printer is reported, never created as a file.
enum ReceiptPrinter {
    struct Failure: Error, CustomStringConvertible {
        let operation: String
        let code: Int32
        var description: String { "\(operation): \(String(cString: strerror(code)))" }
    }

    static func send(_ job: [UInt8], to device: String) throws(Failure) {
        let descriptor = open(device, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(operation: "open", code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < job.count {
            let written = job[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Failure(operation: "write", code: errno) }
            offset += written
        }
    }
}

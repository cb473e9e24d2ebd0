import Glibc

/// Why a code could not be produced: each case is something a caller can act on (shorten the
/// text, lower the error correction, pick a wider printer) rather than an opaque failure.
public enum QRCodeError: Error, Equatable, CustomStringConvertible {
    /// A QR code carries no text at all, so there is nothing worth printing.
    case empty
    /// The UTF-8 text is longer than the largest symbol holds at the requested error correction
    /// (at `.low`: 2,953 bytes of any text, 4,296 capitals or 7,089 digits; fewer at higher levels).
    case tooLong(bytes: Int)
    /// libqrencode failed for another reason, reported through `errno` (ENOMEM, EINVAL).
    case encodingFailed(errno: Int32)
    /// A receipt printer `dotsWide` dots wide cannot print `modules` modules (quiet zone
    /// included) at one dot or more each, or is wider than ESC/POS raster commands can address.
    case unprintable(modules: Int, dotsWide: Int)

    public var description: String {
        switch self {
        case .empty:
            "QR code text is empty"
        case .tooLong(let bytes):
            "QR code text is too long (\(bytes) bytes in UTF-8)"
        case .encodingFailed(let code):
            "QR encoding failed: \(String(cString: strerror(code)))"
        case .unprintable(let modules, let dotsWide):
            "a QR code of \(modules) modules cannot be printed \(dotsWide) dots wide"
        }
    }
}

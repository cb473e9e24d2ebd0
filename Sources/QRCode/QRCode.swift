import CQREncode
import Glibc

/// The QR codes of the shop pages: text in, one module matrix out, then the renderers the kiosk
/// and the hub serve (SVG for screens and posters, PNG for sharing, ESC/POS for receipt printers).
/// A namespace of pure functions: no state, safe from any thread (Debian's libqrencode is built
/// with pthreads), and every result can be cached by its inputs.
public enum QRCode {
    /// The most characters any QR symbol holds (version 40, level L, all digits in numeric
    /// mode): longer input is refused before libqrencode copies it.
    static let maxCharacters = 7089

    /// Encodes `text` as its UTF-8 bytes in the densest mix of segments libqrencode finds
    /// (numeric, alphanumeric, 8-bit; never Kanji, which would change the bytes read back), so
    /// the symbol is as small as the `qrencode` command's and readers get back exactly those
    /// bytes. The smallest version that fits `correction` is chosen.
    ///
    /// libqrencode's string functions stop at a NUL, so text holding one is encoded whole in
    /// byte mode (`QRcode_encodeData`) instead of being cut short.
    public static func matrix(
        for text: String, correction: ErrorCorrection = .medium
    ) throws(QRCodeError) -> QRMatrix {
        var text = text
        return try text.withUTF8 { encode($0, correction: correction) }.get()
    }

    private static func encode(
        _ bytes: UnsafeBufferPointer<UInt8>, correction: ErrorCorrection
    ) -> Result<QRMatrix, QRCodeError> {
        guard !bytes.isEmpty else { return .failure(.empty) }
        guard bytes.count <= maxCharacters else { return .failure(.tooLong(bytes: bytes.count)) }
        errno = 0
        let encoded = bytes.contains(0) ? byteMode(bytes, correction.level) : mixedModes(bytes, correction.level)
        guard let code = encoded else {
            return .failure(errno == ERANGE ? .tooLong(bytes: bytes.count) : .encodingFailed(errno: errno))
        }
        defer { QRcode_free(code) }
        return .success(matrix(of: code.pointee))
    }

    /// libqrencode's own segmentation (`split.c`): the hint `QR_MODE_8` rules Kanji out, and
    /// case sensitivity keeps lower-case letters as they are (8-bit) instead of upper-casing them.
    private static func mixedModes(
        _ bytes: UnsafeBufferPointer<UInt8>, _ level: QRecLevel
    ) -> UnsafeMutablePointer<CQREncode.QRcode>? {
        var string = Array(bytes)
        string.append(0)
        return string.withUnsafeBufferPointer { terminated in
            terminated.withMemoryRebound(to: CChar.self) {
                QRcode_encodeString($0.baseAddress, 0, level, QR_MODE_8, 1)
            }
        }
    }

    /// Every byte as it is, in one 8-bit segment.
    private static func byteMode(
        _ bytes: UnsafeBufferPointer<UInt8>, _ level: QRecLevel
    ) -> UnsafeMutablePointer<CQREncode.QRcode>? {
        QRcode_encodeData(Int32(bytes.count), bytes.baseAddress, 0, level)
    }

    /// Copies libqrencode's grid out before it is freed; only bit 0 (dark) matters to us.
    private static func matrix(of code: CQREncode.QRcode) -> QRMatrix {
        let size = Int(code.width)
        let cells = UnsafeBufferPointer(start: code.data, count: size * size)
        return QRMatrix(size: size, modules: cells.map { $0 & 1 == 1 })
    }
}

extension ErrorCorrection {
    /// libqrencode's name for the level.
    var level: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}

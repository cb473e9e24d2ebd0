import CQREncode
import Glibc

/// The QR codes of the shop pages: text in, one module matrix out, then the renderers the kiosk
/// and the hub serve (SVG for screens and posters, PNG for sharing, ESC/POS for receipt printers).
/// A namespace of pure functions: no state, safe from any thread (Debian's libqrencode is built
/// with pthreads), and every result can be cached by its inputs.
public enum QRCode {
    /// The most bytes any QR symbol holds (version 40, level L, byte mode): longer input is
    /// refused before libqrencode copies it.
    static let maxBytes = 2953

    /// Encodes `text` as its UTF-8 bytes in byte (8-bit) mode, so readers get back exactly those
    /// bytes. It calls `QRcode_encodeData`, not libqrencode's string functions, which stop at a
    /// NUL and may guess Kanji mode. The smallest version that fits `correction` is chosen.
    public static func matrix(
        for text: String, correction: ErrorCorrection = .medium
    ) throws(QRCodeError) -> QRMatrix {
        var text = text
        return try text.withUTF8 { encode($0, correction: correction) }.get()
    }

    private static func encode(
        _ bytes: UnsafeBufferPointer<UInt8>, correction: ErrorCorrection
    ) -> Result<QRMatrix, QRCodeError> {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return .failure(.empty) }
        guard bytes.count <= maxBytes else { return .failure(.tooLong(bytes: bytes.count)) }
        errno = 0
        guard let code = QRcode_encodeData(Int32(bytes.count), base, 0, correction.level) else {
            return .failure(errno == ERANGE ? .tooLong(bytes: bytes.count) : .encodingFailed(errno: errno))
        }
        defer { QRcode_free(code) }
        return .success(matrix(of: code.pointee))
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

import CPangoCairo
import QRCode

/// A QR code as filled rectangles (one per run of dark modules in a row), so it stays sharp at
/// any printer resolution, with the 4-module quiet zone the standard asks for.
enum QRDrawing {
    static let quietZone = 4

    /// Draws nothing for a symbol that could not be made (checked when the sheet was described).
    static func draw(_ matrix: QRMatrix?, in cairo: OpaquePointer, left: Double, top: Double, side: Double) {
        guard let matrix else { return }
        let module = side / Double(matrix.size + 2 * quietZone)
        let origin = (x: left + Double(quietZone) * module, y: top + Double(quietZone) * module)
        cairo_set_source_rgb(cairo, 0, 0, 0)
        for row in 0..<matrix.size {
            var column = 0
            while column < matrix.size {
                guard matrix.isDark(x: column, y: row) else { column += 1; continue }
                let start = column
                while matrix.isDark(x: column, y: row) { column += 1 }
                cairo_rectangle(cairo, origin.x + Double(start) * module, origin.y + Double(row) * module,
                                Double(column - start) * module, module)
            }
        }
        cairo_fill(cairo)
    }
}

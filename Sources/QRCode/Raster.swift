/// The bitmap both pixel formats share: the symbol plus its quiet zone, each module a square
/// of `scale` pixels, rows packed eight pixels a byte, leftmost pixel in the most significant
/// bit (the layout of PNG 1-bit grayscale and of ESC/POS `GS v 0` alike).
struct Raster {
    let matrix: QRMatrix
    let quietZone: Int
    let scale: Int

    /// Modules per side, quiet zone included.
    var modules: Int { matrix.size + 2 * quietZone }
    /// Pixels per side.
    var pixels: Int { modules * scale }
    var bytesPerRow: Int { (pixels + 7) / 8 }

    /// Appends the packed pixel row of module row `row` (0 is the top of the quiet zone).
    /// A pixel's bit is 1 when its darkness equals `darkBit`: PNG grayscale writes light as 1,
    /// a thermal printer burns a dot for 1. Padding bits past the last pixel stay 0.
    func appendRow(_ row: Int, darkBit: Bool, to out: inout [UInt8]) {
        var byte: UInt8 = 0, bits = 0
        for x in 0..<modules {
            let bit: UInt8 = matrix.isDark(x: x - quietZone, y: row - quietZone) == darkBit ? 1 : 0
            for _ in 0..<scale {
                byte = byte << 1 | bit
                bits += 1
                if bits == 8 { out.append(byte); byte = 0; bits = 0 }
            }
        }
        if bits > 0 { out.append(byte << UInt8(8 - bits)) }
    }
}

extension QRCode {
    /// The widest raster `GS v 0` can describe: its width field counts bytes in 16 bits, its
    /// height field dots in 16 bits; we keep the image square, so the height is the bound.
    static let maxPrinterDots = 65_535

    /// A complete ESC/POS job for a thermal receipt printer (Epson and compatibles): reset
    /// (`ESC @`), centre (`ESC a 1`), the code as a `GS v 0` raster image in normal density,
    /// then feed to the cutter and cut partially (`GS V 66 0`) so the slip stays hanging.
    ///
    /// Raster rather than the printers' own `GS ( k` QR command, which many cheap 58 mm clones
    /// lack or implement with other defaults: a bitmap prints the same code everywhere.
    /// Each module is the largest whole number of dots that fits `dotsWide` (384 on 58 mm
    /// paper, 576 on 80 mm), keeping modules square and edges sharp.
    public static func escposRaster(
        _ m: QRMatrix, dotsWide: Int, quietZone: Int = 4
    ) throws(QRCodeError) -> [UInt8] {
        let quiet = quietZoneRange.clamp(quietZone)
        let modules = m.size + 2 * quiet
        guard modules <= dotsWide, dotsWide <= maxPrinterDots else {
            throw .unprintable(modules: modules, dotsWide: dotsWide)
        }
        let raster = Raster(matrix: m, quietZone: quiet, scale: dotsWide / modules)
        let reset: [UInt8] = [0x1B, 0x40], centre: [UInt8] = [0x1B, 0x61, 1]
        let cut: [UInt8] = [0x1D, 0x56, 66, 0]
        return reset + centre + rasterImage(raster) + cut
    }

    /// `GS v 0 m xL xH yL yH` then the rows, a set bit burning a dot.
    private static func rasterImage(_ raster: Raster) -> [UInt8] {
        var image: [UInt8] = [0x1D, 0x76, 0x30, 0]
        image += littleEndian16(raster.bytesPerRow) + littleEndian16(raster.pixels)
        image.reserveCapacity(image.count + raster.bytesPerRow * raster.pixels)
        for row in 0..<raster.modules {
            var dots: [UInt8] = []
            raster.appendRow(row, darkBit: true, to: &dots)
            for _ in 0..<raster.scale { image += dots }
        }
        return image
    }

    private static func littleEndian16(_ value: Int) -> [UInt8] {
        [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
    }
}

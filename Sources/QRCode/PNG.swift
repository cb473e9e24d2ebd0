extension QRCode {
    /// A 1-bit grayscale PNG: the smallest lossless raster (a typical URL code is well under
    /// 1 KB), for downloads, messaging apps and anything that cannot take SVG.
    ///
    /// Rows are left unfiltered: each pixel row repeats the one above `moduleSize - 1` times,
    /// and DEFLATE's back-references take whole repeated rows at once. `moduleSize` and
    /// `quietZone` are clamped to `moduleSizeRange` and `quietZoneRange`.
    public static func png(_ m: QRMatrix, moduleSize: Int = 8, quietZone: Int = 4) -> [UInt8] {
        let raster = Raster(
            matrix: m, quietZone: quietZoneRange.clamp(quietZone), scale: moduleSizeRange.clamp(moduleSize))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        appendChunk("IHDR", header(raster), to: &png)
        appendChunk("IDAT", Zlib.compress(scanlines(raster)), to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// Width, height, bit depth 1, colour type 0 (grayscale), compression 0 and filter method 0
    /// (deflate and adaptive filtering, the only ones PNG defines), no interlace.
    private static func header(_ raster: Raster) -> [UInt8] {
        bigEndian(UInt32(raster.pixels)) + bigEndian(UInt32(raster.pixels)) + [1, 0, 0, 0, 0]
    }

    /// The image data before compression: per pixel row, filter type 0 (none), then the pixels.
    private static func scanlines(_ raster: Raster) -> [UInt8] {
        var scanlines: [UInt8] = []
        scanlines.reserveCapacity(raster.pixels * (raster.bytesPerRow + 1))
        for row in 0..<raster.modules {
            var line: [UInt8] = [0]
            raster.appendRow(row, darkBit: false, to: &line)
            for _ in 0..<raster.scale { scanlines += line }
        }
        return scanlines
    }

    /// Length, type, data, then the CRC-32 of type and data.
    private static func appendChunk(_ type: StaticString, _ data: [UInt8], to png: inout [UInt8]) {
        png += bigEndian(UInt32(data.count))
        let start = png.count
        type.withUTF8Buffer { png += $0 }
        png += data
        png += bigEndian(Zlib.crc32(png[start...]))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }
}

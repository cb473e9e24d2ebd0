import Testing

/// An ESC/POS job taken apart by the test, independently of the code that built it: the bytes
/// before `GS v 0`, the raster it carries, and the bytes after it.
struct RasterJob {
    struct Image {
        let bytesPerRow: Int
        let rows: Int
        let bits: ArraySlice<UInt8>

        /// Netpbm P4: a 1 bit is black, rows padded to whole bytes, exactly as `GS v 0` lays
        /// out dots, so the raster goes through unchanged.
        var pbm: [UInt8] { Array("P4\n\(bytesPerRow * 8) \(rows)\n".utf8) + bits }

        func isBurnt(x: Int, y: Int) -> Bool {
            bits[bits.startIndex + y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0
        }
    }

    let prefix: ArraySlice<UInt8>
    let mode: UInt8
    let image: Image
    let suffix: ArraySlice<UInt8>

    init?(_ job: [UInt8]) {
        let command: [UInt8] = [0x1D, 0x76, 0x30]
        guard let start = job.indices.first(where: { job[$0...].starts(with: command) }),
              job.count >= start + 8 else { return nil }
        let bytesPerRow = Int(job[start + 4]) | Int(job[start + 5]) << 8
        let rows = Int(job[start + 6]) | Int(job[start + 7]) << 8
        let end = start + 8 + bytesPerRow * rows
        guard job.count >= end else { return nil }
        prefix = job[..<start]
        mode = job[start + 3]
        image = Image(bytesPerRow: bytesPerRow, rows: rows, bits: job[(start + 8)..<end])
        suffix = job[end...]
    }
}

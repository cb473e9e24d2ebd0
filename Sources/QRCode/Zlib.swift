import CZlib

/// zlib, for PNG's compressed image data and chunk checksums. Not a DEFLATE encoder of our own:
/// zlib is the real DEFLATE that every PNG decoder is built and tested against, and it is
/// already on every Debian system (dpkg itself pre-depends on it; libcurl links it too), so it
/// adds no package and almost nothing to the binary.
enum Zlib {
    /// zlib's default level, not 9. On these images (each row repeated `moduleSize` times)
    /// level 9 searches its long match chains for nothing: measured at 8 px a module, its
    /// files are no smaller (358 B against 354 B for a short URL, 1,421 B against 1,326 B for a
    /// 300-byte one) and it takes 3–16 times longer (0.37 ms against 0.11 ms; 7.1 ms against
    /// 0.44 ms, far over the 1 ms budget).
    static let level: Int32 = 6

    /// A complete zlib stream (header, DEFLATE, Adler-32), as PNG's IDAT wants.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, input, uLong(input.count), level)
        // With a compressBound-sized buffer and a valid level, only malloc failure is left.
        precondition(status == Z_OK, "zlib compress2 failed (\(status)): out of memory")
        output.removeSubrange(Int(length)...)
        return output
    }

    /// CRC-32 (ISO 3309) of `bytes`, the checksum PNG puts after every chunk.
    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
    }
}

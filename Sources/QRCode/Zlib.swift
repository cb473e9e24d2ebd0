import CZlib

/// zlib, for PNG's compressed image data and chunk checksums. Not a DEFLATE encoder of our own:
/// zlib is the real DEFLATE that every PNG decoder is built and tested against, and it is
/// already on every Debian system (dpkg itself pre-depends on it; libcurl links it too), so it
/// adds no package and almost nothing to the binary.
enum Zlib {
    /// zlib's default level. Measured on our images (rows repeated `moduleSize` times), level 9
    /// is never more than 1 % smaller and often larger, and it is 6–17 times slower: 6.8 ms
    /// instead of 0.4 ms for a 300-character URL at 8 px a module, far over the 1 ms budget.
    static let level: Int32 = 9

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

import Foundation
import QRCode
import Testing
import TestSupport

@Suite("PNG structure, checked by Python's zlib and file(1)", .ownThreads)
struct PNGTests {
    /// Walks the chunks with Python's own zlib: CRCs, IHDR, and the inflated scanlines.
    static let inspector = """
        import json, struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        chunks, pos = [], 8
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            crc, = struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])
            chunks.append((kind.decode(), body, crc == zlib.crc32(kind + body)))
            pos += 12 + length
        width, height, depth, colour, compression, filtering, interlace = struct.unpack('>IIBBBBB', chunks[0][1])
        raw = zlib.decompress(b''.join(body for kind, body, ok in chunks if kind == 'IDAT'))
        stride = 1 + (width * depth + 7) // 8
        # Filter type 0 (none) on every row, checked below, so the pixels are the bytes.
        rows = [''.join(format(byte, '08b') for byte in raw[start + 1:start + stride])[:width]
                for start in range(0, len(raw), stride)]
        print(json.dumps({
            'signature': data[:8] == b'\\x89PNG\\r\\n\\x1a\\n',
            'kinds': [kind for kind, _, _ in chunks],
            'crcs': all(ok for _, _, ok in chunks),
            'ihdr': [width, height, depth, colour, compression, filtering, interlace],
            'rawLength': len(raw), 'expectedRaw': height * stride,
            'filters': sorted(set(raw[i] for i in range(0, len(raw), stride))),
            'rows': rows}))
        """

    struct Inspection: Decodable {
        let signature: Bool
        let kinds: [String]
        let crcs: Bool
        let ihdr: [Int]
        let rawLength: Int
        let expectedRaw: Int
        let filters: [Int]
        /// Unfiltered pixel rows, "1" for a light pixel as PNG grayscale has it.
        let rows: [String]
    }

    func inspect(_ png: [UInt8]) throws -> Inspection {
        let dir = try ScratchDirectory()
        let path = try dir.write(png, to: "code.png")
        let json = try ExternalTool.run("/usr/bin/python3", ["-c", Self.inspector, path])
        return try JSONDecoder().decode(Inspection.self, from: Data(json))
    }

    @Test func structureIsValid() throws {
        let png = QRCode.png(try QRCode.matrix(for: Samples.shortURL))
        let inspection = try inspect(png)
        #expect(inspection.signature)
        #expect(inspection.kinds == ["IHDR", "IDAT", "IEND"])
        #expect(inspection.crcs)
        // 29 modules + 2 × 4 quiet = 37 modules × 8 px; 1-bit grayscale, deflate, no interlace.
        #expect(inspection.ihdr == [296, 296, 1, 0, 0, 0, 0])
        #expect(inspection.rawLength == inspection.expectedRaw)
        #expect(inspection.filters == [0])
        // IEND is empty, so its CRC is the same in every PNG.
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
    }

    @Test(arguments: [1, 3])
    func pixelsAreTheModules(moduleSize: Int) throws {
        let matrix = try QRCode.matrix(for: Samples.percentEncodedURL, correction: .quartile)
        let rows = try inspect(QRCode.png(matrix, moduleSize: moduleSize, quietZone: 2)).rows
        let side = (matrix.size + 4) * moduleSize
        let expected = (0..<side).map { y in
            String((0..<side).map { x in matrix.isDark(x: x / moduleSize - 2, y: y / moduleSize - 2) ? "0" : "1" })
        }
        #expect(rows == expected)
    }

    @Test func fileRecognisesIt() throws {
        let dir = try ScratchDirectory()
        let path = try dir.write(QRCode.png(try QRCode.matrix(for: Samples.longURL), moduleSize: 3), to: "code.png")
        let description = String(decoding: try ExternalTool.run("/usr/bin/file", ["-b", path]), as: UTF8.self)
        #expect(description.hasPrefix("PNG image data, 231 x 231, 1-bit grayscale, non-interlaced"))
    }

    @Test func isSmall() throws {
        #expect(QRCode.png(try QRCode.matrix(for: Samples.shortURL)).count < 1024)
    }

    @Test(arguments: [(-5, 1), (0, 1), (1, 1), (32, 32), (1000, 32)])
    func moduleSizeIsClamped(asked: Int, used: Int) throws {
        let inspection = try inspect(QRCode.png(try QRCode.matrix(for: Samples.shortURL), moduleSize: asked))
        #expect(inspection.ihdr[0] == 37 * used)
        #expect(inspection.crcs)
        #expect(inspection.filters == [0])
    }

    @Test func quietZoneIsLightAndClamped() throws {
        let matrix = try QRCode.matrix(for: Samples.shortURL)
        #expect(try inspect(QRCode.png(matrix, moduleSize: 1, quietZone: 0)).ihdr[0] == 29)
        #expect(try inspect(QRCode.png(matrix, moduleSize: 1, quietZone: -3)).ihdr[0] == 29)
        #expect(try inspect(QRCode.png(matrix, moduleSize: 1, quietZone: 99)).ihdr[0] == 29 + 2 * 16)
    }
}

import QRCode
import Testing

@Suite("ESC/POS raster job for receipt printers")
struct ESCPOSTests {
    let matrix: QRMatrix

    init() throws { matrix = try QRCode.matrix(for: Samples.shortURL) }

    @Test func resetCentreImageThenCut() throws {
        let job = try #require(RasterJob(try QRCode.escposRaster(matrix, dotsWide: 384)))
        #expect(Array(job.prefix) == [0x1B, 0x40, 0x1B, 0x61, 0x01])
        #expect(job.mode == 0)
        #expect(Array(job.suffix) == [0x1D, 0x56, 66, 0])
    }

    /// 37 modules (29 + 2 × 4 quiet): 10 dots each on 384 dots, 15 on 576.
    @Test(arguments: [(384, 10), (576, 15)])
    func largestWholeModuleThatFits(dotsWide: Int, dotsPerModule: Int) throws {
        let image = try #require(RasterJob(try QRCode.escposRaster(matrix, dotsWide: dotsWide))).image
        let side = 37 * dotsPerModule
        #expect(image.rows == side)
        #expect(image.bytesPerRow == (side + 7) / 8)
        let quiet = 4 * dotsPerModule
        #expect(image.isBurnt(x: quiet, y: quiet))
        #expect(!image.isBurnt(x: quiet - 1, y: quiet))
        #expect(image.isBurnt(x: quiet + 7 * dotsPerModule - 1, y: quiet + dotsPerModule - 1))
        #expect(!image.isBurnt(x: quiet + 7 * dotsPerModule, y: quiet))
    }

    @Test func tooNarrowAPrinterIsRefused() {
        #expect(throws: QRCodeError.unprintable(modules: 37, dotsWide: 36)) {
            try QRCode.escposRaster(matrix, dotsWide: 36)
        }
        #expect(throws: QRCodeError.unprintable(modules: 37, dotsWide: 0)) {
            try QRCode.escposRaster(matrix, dotsWide: 0)
        }
    }

    @Test func widerThanGSv0CanAddressIsRefused() {
        #expect(throws: QRCodeError.unprintable(modules: 37, dotsWide: 70_000)) {
            try QRCode.escposRaster(matrix, dotsWide: 70_000)
        }
    }

    @Test func oneDotPerModuleAtTheLimit() throws {
        let image = try #require(RasterJob(try QRCode.escposRaster(matrix, dotsWide: 37))).image
        #expect(image.rows == 37)
        #expect(image.bytesPerRow == 5)
    }
}

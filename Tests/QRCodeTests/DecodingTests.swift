import QRCode
import Testing
import TestSupport

/// Every output format, read back by ZBar, must give exactly the text we encoded: for each sample
/// text at each error-correction level, as PNG, as SVG rendered by librsvg, and as the raster
/// of 58 mm and 80 mm receipt printers.
@Suite("Decoded by zbarimg to exactly the encoded text", .ownThreads)
struct DecodingTests {
    static let cases = Samples.all.flatMap { text in ErrorCorrection.allCases.map { (text, $0) } }

    @Test(arguments: cases)
    func png(text: String, correction: ErrorCorrection) throws {
        let matrix = try QRCode.matrix(for: text, correction: correction)
        #expect(try Decoder.text(ofPNG: QRCode.png(matrix)) == text)
    }

    @Test(arguments: cases)
    func svg(text: String, correction: ErrorCorrection) throws {
        let matrix = try QRCode.matrix(for: text, correction: correction)
        #expect(try Decoder.text(ofSVG: QRCode.svg(matrix, title: text)) == text)
    }

    @Test(arguments: cases)
    func receipt58mm(text: String, correction: ErrorCorrection) throws {
        let matrix = try QRCode.matrix(for: text, correction: correction)
        #expect(try Decoder.text(ofESCPOS: QRCode.escposRaster(matrix, dotsWide: 384)) == text)
    }

    @Test(arguments: cases)
    func receipt80mm(text: String, correction: ErrorCorrection) throws {
        let matrix = try QRCode.matrix(for: text, correction: correction)
        #expect(try Decoder.text(ofESCPOS: QRCode.escposRaster(matrix, dotsWide: 576)) == text)
    }

    /// ZBar does not find codes drawn one pixel a module (qrencode's own `-s 1` PNG fails too):
    /// two is the smallest size it reads; `PNGTests` checks one-pixel images bit by bit.
    @Test(arguments: [2, 3])
    func smallModulesStillDecode(moduleSize: Int) throws {
        let matrix = try QRCode.matrix(for: Samples.shortURL)
        #expect(try Decoder.text(ofPNG: QRCode.png(matrix, moduleSize: moduleSize)) == Samples.shortURL)
        #expect(try Decoder.text(ofSVG: QRCode.svg(matrix, moduleSize: moduleSize)) == Samples.shortURL)
    }

    @Test func accentedTextIsUTF8() throws {
        let matrix = try QRCode.matrix(for: Samples.accentedText)
        let dir = try ScratchDirectory()
        let path = try dir.write(QRCode.png(matrix), to: "code.png")
        let bytes = try ExternalTool.run("/usr/bin/zbarimg", ["--raw", "-q", "-Sbinary", path])
        #expect(bytes == Array("Crêperie Élodie".utf8))
        #expect(bytes == [0x43, 0x72, 0xC3, 0xAA, 0x70, 0x65, 0x72, 0x69, 0x65, 0x20,
                          0xC3, 0x89, 0x6C, 0x6F, 0x64, 0x69, 0x65])
    }
}

import QRCode
import Testing
import TestSupport

/// The `qrencode` command must draw the same modules for the same text and level (its defaults:
/// mixed segments, case-sensitive, no Kanji): decoding alone would not notice a level mapped to
/// the wrong libqrencode constant, or a segmentation worse than the command's; this does.
@Suite("Same modules as the qrencode command", .ownThreads)
struct ReferenceEncoderTests {
    static let cases = [Samples.shortURL, Samples.accentedText, Samples.mixedText].flatMap { text in
        ErrorCorrection.allCases.map { (text, $0) }
    }

    @Test(arguments: cases)
    func sameModules(text: String, correction: ErrorCorrection) throws {
        let ascii = try ExternalTool.run(
            "/usr/bin/qrencode", ["-l", correction.rawValue, "-m", "0", "-t", "ASCII", "-o", "-", text])
        let reference = String(decoding: ascii, as: UTF8.self).split(separator: "\n").map(String.init)
        let matrix = try QRCode.matrix(for: text, correction: correction)
        let ours = (0..<matrix.size).map { y in
            (0..<matrix.size).map { x in matrix.isDark(x: x, y: y) ? "##" : "  " }.joined()
        }
        #expect(ours == reference)
    }
}

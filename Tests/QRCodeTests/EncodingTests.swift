import QRCode
import Testing

@Suite("Text to module matrix")
struct EncodingTests {
    @Test func shortURLFitsVersion3() throws {
        // 30 characters, all but "://" and "." lower case, so 8-bit at level M: version 3.
        #expect(try QRCode.matrix(for: Samples.shortURL).size == 29)
    }

    @Test func capitalsAndDigitsTakeDenserModes() throws {
        // 41 capitals and digits fit version 2 at M in alphanumeric mode (8-bit: version 3).
        #expect(try QRCode.matrix(for: "HTTPS://VITRINE.EXAMPLE.ORG/Q/K7A2C").size == 25)
        // 30 digits take 114 bits in numeric mode: version 1 at M (8-bit: 252 bits, version 3).
        #expect(try QRCode.matrix(for: "123456789012345678901234567890").size == 21)
        // 24 digits then two lower-case letters: a numeric then an 8-bit segment (122 bits), version 1.
        #expect(try QRCode.matrix(for: "123456789012345678901234ab").size == 21)
    }

    @Test func textHoldingANulKeepsEveryByte() throws {
        // Encoded whole in byte mode: 35 bytes need version 3 at M, as `qrencode -8` would.
        #expect(try QRCode.matrix(for: "HTTPS://VITRINE.EXAMPLE.ORG/\u{0}Q/K7A2").size == 29)
    }

    @Test func higherCorrectionNeverShrinksTheSymbol() throws {
        let sizes = try ErrorCorrection.allCases.map { try QRCode.matrix(for: Samples.longURL, correction: $0).size }
        #expect(sizes == sizes.sorted())
        #expect(try #require(sizes.first) < #require(sizes.last))
    }

    @Test func sameInputSameMatrix() throws {
        #expect(try QRCode.matrix(for: Samples.shortURL) == QRCode.matrix(for: Samples.shortURL))
        #expect(try QRCode.matrix(for: Samples.shortURL) != QRCode.matrix(for: Samples.shortURL, correction: .high))
    }

    @Test func finderPatternsAreInTheCorners() throws {
        let matrix = try QRCode.matrix(for: Samples.shortURL)
        let last = matrix.size - 1
        for (x, y) in [(0, 0), (last, 0), (0, last), (6, 6), (last - 6, 0), (2, 2)] {
            #expect(matrix.isDark(x: x, y: y), "module (\(x), \(y))")
        }
        for (x, y) in [(7, 7), (1, 1), (-1, 0), (0, matrix.size), (matrix.size, matrix.size)] {
            #expect(!matrix.isDark(x: x, y: y), "module (\(x), \(y))")
        }
    }

    /// Debian's libqrencode is built with pthreads: the kiosk may encode from any thread.
    @Test func concurrentEncodingAgrees() async throws {
        let expected = try QRCode.matrix(for: Samples.longURL)
        let matrices = try await withThrowingTaskGroup(of: QRMatrix.self) { group in
            for _ in 0..<64 { group.addTask { try QRCode.matrix(for: Samples.longURL) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(matrices.count == 64)
        #expect(matrices.allSatisfy { $0 == expected })
    }

    @Test func byteModeKeepsWhatStrlenWouldCut() throws {
        #expect(try QRCode.matrix(for: "a\u{0}b") != QRCode.matrix(for: "a"))
    }

    @Test func emptyTextIsRefused() {
        #expect(throws: QRCodeError.empty) { try QRCode.matrix(for: "") }
    }

    @Test func largestSymbolHolds2953BytesAtLevelL() throws {
        let text = String(repeating: "é", count: 1476) + "a"
        #expect(try QRCode.matrix(for: text, correction: .low).size == 177)
    }

    @Test func largestSymbolHolds7089Digits() throws {
        #expect(try QRCode.matrix(for: String(repeating: "7", count: 7089), correction: .low).size == 177)
        #expect(throws: QRCodeError.tooLong(bytes: 7090)) {
            try QRCode.matrix(for: String(repeating: "7", count: 7090), correction: .low)
        }
    }

    @Test func oneByteMoreIsTooLong() {
        let text = String(repeating: "x", count: 2954)
        #expect(throws: QRCodeError.tooLong(bytes: 2954)) { try QRCode.matrix(for: text, correction: .low) }
    }

    @Test func tooLongForTheRequestedLevel() {
        // 2,953 bytes fit at L only: at H, version 40 holds 1,273.
        let text = String(repeating: "x", count: 2953)
        #expect(throws: QRCodeError.tooLong(bytes: 2953)) { try QRCode.matrix(for: text, correction: .high) }
    }

    @Test func errorsExplainThemselves() {
        #expect(QRCodeError.tooLong(bytes: 4000).description.contains("4000 bytes"))
        #expect(QRCodeError.encodingFailed(errno: 12).description.contains("memory"))
        #expect(QRCodeError.unprintable(modules: 37, dotsWide: 20).description.contains("20 dots"))
    }
}

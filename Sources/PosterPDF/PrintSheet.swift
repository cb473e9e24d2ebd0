import QRCode

/// One printed page described as blocks stacked from top to bottom (a poster, a slip), free of
/// any drawing library, so the routes say what is printed and `PosterPDF` says how. Codable: it
/// crosses to the rendering child process as JSON.
public struct PrintSheet: Sendable, Codable {
    /// A block of the page, centred horizontally: text that wraps to the page's width, a QR code
    /// drawn as vector squares, or a smaller code with its caption to its right.
    public struct Block: Sendable, Codable {
        public enum Kind: String, Sendable, Codable { case text, code, captionedCode }

        let kind: Kind
        /// The words, or the code's caption.
        let words: String
        /// Ems of the sheet's base size for text; millimetres (quiet zone included) for codes.
        let size: Double
        let weight: Weight
        let colour: Colour
        let code: QRSymbol?

        public static func text(_ words: String, size: Double, weight: Weight, colour: Colour) -> Block {
            Block(kind: .text, words: words, size: size, weight: weight, colour: colour, code: nil)
        }

        public static func code(_ code: QRSymbol, side: Double) -> Block {
            Block(kind: .code, words: "", size: side, weight: .regular, colour: .black, code: code)
        }

        public static func captionedCode(_ code: QRSymbol, side: Double, caption: String) -> Block {
            Block(kind: .captionedCode, words: caption, size: side, weight: .regular, colour: .black, code: code)
        }
    }

    public enum Weight: String, Sendable, Codable { case regular, semibold, bold, heavy }

    /// Paper size in millimetres; the PDF's page is exactly this, with no printer margin assumed.
    public let widthMM: Double
    public let heightMM: Double
    /// The sheet's base text size in points (an `em`).
    public let baseSize: Double
    /// The band across the top of the page, in the shop's colour.
    public let band: Colour
    public let blocks: [Block]
    /// The PDF's title (its metadata, never printed).
    public let title: String

    public init(widthMM: Double, heightMM: Double, baseSize: Double, band: Colour, blocks: [Block], title: String) {
        self.widthMM = widthMM
        self.heightMM = heightMM
        self.baseSize = baseSize
        self.band = band
        self.blocks = blocks
        self.title = title
    }
}

/// The text of a QR code and its error correction, checked to fit a code when made; the
/// renderer draws the symbol libqrencode gives for them.
public struct QRSymbol: Sendable, Codable {
    let text: String
    let correction: String

    public init(_ text: String, correction: ErrorCorrection) throws(QRCodeError) {
        _ = try QRCode.matrix(for: text, correction: correction)
        self.text = text
        self.correction = correction.rawValue
    }

    var matrix: QRMatrix? { try? QRCode.matrix(for: text, correction: ErrorCorrection(rawValue: correction) ?? .medium) }
}

import QRCode

/// One printed page described as blocks stacked from top to bottom (a poster, a slip), free of
/// any drawing library, so the routes say what is printed and `PosterPDF` says how.
public struct PrintSheet: Sendable {
    /// A block of the page, centred horizontally.
    public enum Block: Sendable {
        /// Text that wraps to the page's width; `size` in ems of the sheet's base size.
        case text(String, size: Double, weight: Weight, colour: Colour)
        /// A QR code drawn as vector squares, `side` millimetres wide quiet zone included.
        case code(QRMatrix, side: Double)
        /// A smaller code with its caption to its right (the review link under a poster).
        case captionedCode(QRMatrix, side: Double, caption: String)
    }

    public enum Weight: Sendable { case regular, semibold, bold, heavy }

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

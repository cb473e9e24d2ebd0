import CPangoCairo
import QRCode

/// A block measured for a given width: its height, and how to draw it at a given top.
struct PlacedBlock {
    private enum Shape {
        case text(TextSetter.Lines)
        case code(QRMatrix?, side: Double)
        case captioned(QRMatrix?, side: Double, caption: TextSetter.Lines)
    }

    private let shape: Shape
    let height: Double
    private let pageWidth: Double

    init(_ block: PrintSheet.Block, base: Double, width: Double, _ text: TextSetter) {
        let matrix = block.code?.matrix
        let side = block.size * PosterPDF.pointsPerMM
        switch block.kind {
        case .text:
            let lines = text.lines(block.words, size: block.size * base, weight: block.weight, colour: block.colour,
                                   width: width, centred: true)
            shape = .text(lines)
            height = lines.height
        case .code:
            shape = .code(matrix, side: side)
            height = side
        case .captionedCode:
            let lines = text.lines(block.words, size: base, weight: .regular, colour: .black,
                                   width: width - side - Self.captionGap(width), centred: false)
            shape = .captioned(matrix, side: side, caption: lines)
            height = max(side, lines.height)
        }
        pageWidth = width
    }

    func draw(at top: Double, in canvas: SheetCanvas) {
        let centre = canvas.width / 2
        switch shape {
        case .text(let lines):
            lines.draw(left: centre - pageWidth / 2, top: top)
        case let .code(matrix, side):
            QRDrawing.draw(matrix, in: canvas.cairo, left: centre - side / 2, top: top, side: side)
        case let .captioned(matrix, side, caption):
            let gap = Self.captionGap(pageWidth)
            let left = centre - (side + gap + caption.width) / 2
            QRDrawing.draw(matrix, in: canvas.cairo, left: left, top: top + (height - side) / 2, side: side)
            caption.draw(left: left + side + gap, top: top + (height - caption.height) / 2)
        }
    }

    /// The HTML poster's 5 % gap between the small code and its caption.
    private static func captionGap(_ width: Double) -> Double { 0.05 * width }
}

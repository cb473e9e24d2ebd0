import CPangoCairo

/// Lays a sheet's blocks out the way the HTML poster does (a coloured band on top, padding of
/// 6 % and 7 % of the width, blocks centred and spread from top to bottom) and draws them.
struct SheetCanvas {
    let cairo: OpaquePointer
    let width: Double
    let height: Double
    private let text: TextSetter

    init(cairo: OpaquePointer, fontMap: UnsafeMutablePointer<PangoFontMap>, width: Double, height: Double) {
        self.cairo = cairo
        self.width = width
        self.height = height
        text = TextSetter(cairo: cairo, fontMap: fontMap)
    }

    func close() { text.close() }

    func draw(_ sheet: PrintSheet) {
        let band = 1.6 * sheet.baseSize
        cairo_set_source_rgb(cairo, sheet.band.red, sheet.band.green, sheet.band.blue)
        cairo_rectangle(cairo, 0, 0, width, band)
        cairo_fill(cairo)
        let margin = 0.07 * width, top = band + 0.06 * width, bottom = height - 0.06 * width
        let blocks = fitted(sheet, width: width - 2 * margin, room: bottom - top)
        let used = blocks.reduce(0) { $0 + $1.height }
        let gap = blocks.count > 1 ? max(0, (bottom - top - used) / Double(blocks.count - 1)) : 0
        var y = top
        for block in blocks {
            block.draw(at: y, in: self)
            y += block.height + gap
        }
    }

    /// The blocks measured at the sheet's sizes, or smaller text when they would overflow (a
    /// very long shop name on A6): shrunk by tenths, never below half size.
    private func fitted(_ sheet: PrintSheet, width: Double, room: Double) -> [PlacedBlock] {
        var scale = 1.0
        while true {
            let blocks = sheet.blocks.map { PlacedBlock($0, base: sheet.baseSize * scale, width: width, text) }
            if blocks.reduce(0, { $0 + $1.height }) <= room || scale <= 0.5 { return blocks }
            scale -= 0.1
        }
    }
}

import CPangoCairo
import JSON

/// Draws a `PrintSheet` as a one-page vector PDF with cairo (shapes, the PDF file) and pango
/// (text: shaping, wrapping, font fallback): the daemon's print-ready posters and slips, sent
/// to CUPS and offered for download, the same bytes either way.
public enum PosterPDF {
    static let pointsPerMM = 72 / 25.4
    private static let fonts = FontMap()

    /// The PDF of `sheet`: drawn by a child process once `renderInChildren` was called (the
    /// daemons), else here (tests, and the child itself).
    public static func render(_ sheet: PrintSheet) throws(PosterPDFError) -> [UInt8] {
        guard let executable = RenderingChild.executable.withLock({ $0 }) else { return try renderHere(sheet) }
        guard let input = try? JSON.encode(sheet) else { throw PosterPDFError(description: "sheet not encodable") }
        return try RenderingChild.run(executable, input: input)
    }

    /// From now on, sheets are drawn by `executable render-sheet` (this program: `/proc/self/exe`),
    /// which reads the sheet as JSON and writes the PDF (`renderHere`).
    public static func renderInChildren(executable: String) {
        RenderingChild.executable.withLock { $0 = executable }
    }

    /// The PDF of `sheet` drawn in this process, cairo and pango loaded on the way. Serialised:
    /// pango's font map is not shared across threads.
    public static func renderHere(_ sheet: PrintSheet) throws(PosterPDFError) -> [UInt8] {
        try GraphicsLibraries.load()
        return try fonts.withMap { map throws(PosterPDFError) in try draw(sheet, map) }
    }

    private static func draw(_ sheet: PrintSheet, _ map: UnsafeMutablePointer<PangoFontMap>) throws(PosterPDFError) -> [UInt8] {
        let sink = PDFSink()
        let width = sheet.widthMM * pointsPerMM, height = sheet.heightMM * pointsPerMM
        guard let surface = sink.surface(width: width, height: height) else { throw PosterPDFError(description: "cairo: no surface") }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, sheet.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Vitrine")
        guard let cairo = cairo_create(surface) else { throw PosterPDFError(description: "cairo: no context") }
        let page = SheetCanvas(cairo: cairo, fontMap: map, width: width, height: height)
        page.draw(sheet)
        page.close()
        cairo_show_page(cairo)
        let drawn = cairo_status(cairo)
        cairo_destroy(cairo)
        cairo_surface_finish(surface)
        let status = drawn == CAIRO_STATUS_SUCCESS ? cairo_surface_status(surface) : drawn
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PosterPDFError(description: "cairo: " + String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }
}

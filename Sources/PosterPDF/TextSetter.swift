import CPangoCairo

/// Sets text with pango on a cairo page: DejaVu Sans (any fallback fontconfig finds for
/// characters it lacks), wrapped at word boundaries, or inside a word too long for the line.
struct TextSetter {
    /// Text laid out at a width, ready to draw.
    struct Lines {
        fileprivate let layout: OpaquePointer
        fileprivate let cairo: OpaquePointer
        let colour: Colour
        let height: Double
        /// Width of the longest line (the box is the full width when centred).
        let width: Double

        func draw(left: Double, top: Double) {
            cairo_set_source_rgb(cairo, colour.red, colour.green, colour.blue)
            cairo_move_to(cairo, left, top)
            pango_cairo_show_layout(cairo, layout)
        }
    }

    static let family = "DejaVu Sans"
    let cairo: OpaquePointer
    private let context: OpaquePointer
    private let made: LayoutPool

    init(cairo: OpaquePointer, fontMap: UnsafeMutablePointer<PangoFontMap>) {
        self.cairo = cairo
        context = pango_font_map_create_context(fontMap)
        pango_cairo_update_context(cairo, context)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        made = LayoutPool()
    }

    func lines(_ text: String, size: Double, weight: PrintSheet.Weight, colour: Colour, width: Double, centred: Bool) -> Lines {
        let layout = pango_layout_new(context)!
        made.keep(layout)
        let font = pango_font_description_new()
        pango_font_description_set_family(font, Self.family)
        pango_font_description_set_weight(font, Self.weight(weight))
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT)
        pango_layout_set_text(layout, text, -1)
        let scale = Double(PANGO_SCALE)
        let boxWidth = centred ? width : min(width, Self.extents(layout).width / scale)
        pango_layout_set_width(layout, Int32(boxWidth * scale))
        return Lines(layout: layout, cairo: cairo, colour: colour, height: Self.extents(layout).height / scale, width: boxWidth)
    }

    /// The layout's logical size in pango units; unwrapped, that is the text's natural width.
    private static func extents(_ layout: OpaquePointer) -> (width: Double, height: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return (Double(logical.width), Double(logical.height))
    }

    /// Frees the layouts and the context once the page is drawn.
    func close() {
        made.release()
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    private static func weight(_ weight: PrintSheet.Weight) -> PangoWeight {
        switch weight {
        case .regular: PANGO_WEIGHT_NORMAL
        case .semibold: PANGO_WEIGHT_SEMIBOLD
        case .bold: PANGO_WEIGHT_BOLD
        case .heavy: PANGO_WEIGHT_ULTRABOLD
        }
    }
}

/// The layouts made for one page, released together when it is done.
private final class LayoutPool {
    private var layouts: [OpaquePointer] = []

    func keep(_ layout: OpaquePointer) { layouts.append(layout) }

    func release() {
        for layout in layouts { g_object_unref(UnsafeMutableRawPointer(layout)) }
        layouts.removeAll()
    }
}

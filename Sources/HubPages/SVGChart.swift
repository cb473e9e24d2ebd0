import Pages
/// Charts drawn on the server as inline SVG: no script, no library, readable in any browser
/// and printable. Each chart is an `img` with a `<title>` naming it; the page puts a table of
/// the same figures next to it for screen readers and for anyone who wants the numbers.
/// Colours are presentation attributes (the page's CSP forbids `style=` attributes).
public enum SVGChart {
    /// One bar: its label on the axis and its value.
    public struct Bar: Sendable, Equatable {
        public let label: String
        public let value: Int
        /// Written above the bar instead of the bare value (e.g. "12 · 40 %").
        public let note: String?
        public init(label: String, value: Int, note: String? = nil) {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    static let ink = "#1a1a1a", bar = "#1f5c99", faint = "#c9d3de", target = "#a4161a"

    /// Vertical bars over a baseline (visits per week, a score histogram).
    public static func columns(_ bars: [Bar], title: String, id: String, width: Int = 640, height: Int = 220) -> String {
        var svg = open(width: width, height: height, title: title, id: id)
        let top = 22, bottom = height - 28, left = 8, right = width - 8
        let scale = max(1, bars.map(\.value).max() ?? 0)
        let slot = bars.isEmpty ? 0 : (right - left) / bars.count
        line(&svg, x1: left, y1: bottom, x2: right, y2: bottom, colour: faint)
        for (index, item) in bars.enumerated() {
            let barHeight = (bottom - top) * item.value / scale
            let x = left + index * slot + slot / 8
            rect(&svg, x: x, y: bottom - barHeight, width: slot * 3 / 4, height: barHeight, colour: bar)
            let centre = left + index * slot + slot / 2
            text(&svg, item.note ?? String(item.value), x: centre, y: bottom - barHeight - 5, anchor: "middle", size: 12)
            text(&svg, item.label, x: centre, y: bottom + 17, anchor: "middle", size: 12)
        }
        svg.raw("</svg>")
        return svg.html
    }

    /// Horizontal bars with their label on the left (the journey's funnel).
    public static func rows(_ bars: [Bar], title: String, id: String, width: Int = 640) -> String {
        let rowHeight = 40, labelWidth = 170
        var svg = open(width: width, height: rowHeight * bars.count + 8, title: title, id: id)
        let scale = max(1, bars.map(\.value).max() ?? 0)
        let span = width - labelWidth - 130
        for (index, item) in bars.enumerated() {
            let y = 4 + index * rowHeight
            text(&svg, item.label, x: labelWidth - 10, y: y + 24, anchor: "end", size: 14)
            let length = span * item.value / scale
            rect(&svg, x: labelWidth, y: y + 6, width: span, height: rowHeight - 14, colour: faint)
            rect(&svg, x: labelWidth, y: y + 6, width: length, height: rowHeight - 14, colour: bar)
            text(&svg, item.note ?? String(item.value), x: labelWidth + span + 8, y: y + 24, anchor: "start", size: 14)
        }
        svg.raw("</svg>")
        return svg.html
    }

    /// Percentages against a target: a bar for what is reached, a red mark at the target.
    public static func progress(_ items: [(label: String, percent: Int, target: Int)], title: String, id: String,
                                width: Int = 640) -> String {
        let rowHeight = 54
        var svg = open(width: width, height: rowHeight * items.count + 8, title: title, id: id)
        let span = width - 90
        for (index, item) in items.enumerated() {
            let y = 4 + index * rowHeight
            text(&svg, item.label, x: 0, y: y + 16, anchor: "start", size: 14)
            rect(&svg, x: 0, y: y + 24, width: span, height: 18, colour: faint)
            rect(&svg, x: 0, y: y + 24, width: span * min(100, max(0, item.percent)) / 100, height: 18, colour: bar)
            let mark = span * min(100, max(0, item.target)) / 100
            line(&svg, x1: mark, y1: y + 20, x2: mark, y2: y + 46, colour: target)
            text(&svg, DashboardFormat.percent(item.percent), x: span + 8, y: y + 38, anchor: "start", size: 14)
        }
        svg.raw("</svg>")
        return svg.html
    }

    private static func open(width: Int, height: Int, title: String, id: String) -> HTMLWriter {
        var svg = HTMLWriter(capacity: 2048)
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        svg.trusted(String(width) + " " + String(height))
        svg.raw("\" aria-labelledby=\"")
        svg.attribute(id)
        svg.raw("\"><title id=\"")
        svg.attribute(id)
        svg.raw("\">")
        svg.text(title)
        svg.raw("</title>")
        return svg
    }

    private static func rect(_ svg: inout HTMLWriter, x: Int, y: Int, width: Int, height: Int, colour: String) {
        svg.trusted("<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(0, width))\" height=\"\(max(0, height))\" fill=\"\(colour)\"/>")
    }

    private static func line(_ svg: inout HTMLWriter, x1: Int, y1: Int, x2: Int, y2: Int, colour: String) {
        svg.trusted("<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(colour)\" stroke-width=\"3\"/>")
    }

    private static func text(_ svg: inout HTMLWriter, _ value: String, x: Int, y: Int, anchor: StaticString, size: Int) {
        svg.trusted("<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" fill=\"\(ink)\" text-anchor=\"")
        svg.raw(anchor)
        svg.raw("\">")
        svg.text(value)
        svg.raw("</text>")
    }
}

extension QRCode {
    /// A standalone SVG document, crisp at any print size, for screens and the printed poster.
    ///
    /// The viewBox counts modules, so `moduleSize` only sets the nominal `width`/`height` in px;
    /// dark modules are one `<path>` of horizontal runs (a few KB, not one `<rect>` per module).
    /// A white background is drawn so the code still scans on a dark page. Colours are
    /// presentation attributes, never `style=`, and nothing is referenced or scripted, so the
    /// image passes a strict Content-Security-Policy and is safe to inline in HTML.
    /// `title` (the accessible name) is escaped for XML.
    public static func svg(
        _ m: QRMatrix, moduleSize: Int = 8, quietZone: Int = 4, title: String? = nil
    ) -> String {
        let quiet = quietZoneRange.clamp(quietZone)
        let side = m.size + 2 * quiet
        let pixels = side * moduleSizeRange.clamp(moduleSize)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\""
        svg += " viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\">"
        if let title { svg += "<title>\(xmlEscaped(title))</title>" }
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"\(darkRuns(m, offset: quiet))\"/></svg>"
        return svg
    }

    /// Path data with one closed `h`/`v` rectangle per horizontal run of dark modules.
    private static func darkRuns(_ m: QRMatrix, offset: Int) -> String {
        var path = ""
        path.reserveCapacity(m.size * m.size)
        for y in 0..<m.size {
            var x = 0
            while x < m.size {
                guard m.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while m.isDark(x: x, y: y) { x += 1 }
                path += "M\(start + offset) \(y + offset)h\(x - start)v1h-\(x - start)z"
            }
        }
        return path
    }
}

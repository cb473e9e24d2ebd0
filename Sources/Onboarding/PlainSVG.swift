import Glibc
import LocalFiles

/// An SVG drawing with nothing active in it: no script, no event handler, no link or reference
/// outside the file, no embedded HTML, no entity declarations. The kiosk serves such a file under
/// a strict Content-Security-Policy too, but a logo a CCI dropped in should be refused at start
/// rather than trusted.
enum PlainSVG {
    /// Markup that can run, fetch or expand something; matched case-insensitively.
    private static let refused = [
        "<script", "<foreignobject", "<iframe", "<embed", "<object", "<!entity", "<!doctype",
        "javascript:", "data:", "http:", "https:", "//", "@import", "url(", "<use", "<image", "<a ", "<a>",
    ]

    /// The file's bytes, once they are a UTF-8 `<svg>` document within `limit` with nothing refused.
    static func check(file: String, limit: Int) throws(ContentError) -> [UInt8] {
        guard let bytes = LocalFile.read(file, limit: limit) else {
            throw ContentError(file: file, path: "", reason: errno == EFBIG
                ? "larger than \(limit / 1024) KB; an SVG logo is a few KB"
                : "cannot be read (missing file or no permission)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ContentError(file: file, path: "", reason: "is not valid UTF-8 text")
        }
        let lower = text.lowercased()
        guard lower.contains("<svg"), lower.contains("</svg>") || lower.contains("/>") else {
            throw ContentError(file: file, path: "", reason: "is not an SVG drawing (no <svg> element)")
        }
        let withoutNamespaces = lower.replacing("http://www.w3.org/2000/svg", with: "")
            .replacing("http://www.w3.org/1999/xlink", with: "")
        if let found = refused.first(where: withoutNamespaces.contains) {
            throw ContentError(file: file, path: "", reason: "contains '\(found)': a logo must be a plain drawing, with nothing active or external")
        }
        if let handler = eventHandler(in: lower) {
            throw ContentError(file: file, path: "", reason: "contains the event handler '\(handler)': a logo must not run anything")
        }
        return bytes
    }

    /// The first `on…=` attribute (onload, onclick…), if any.
    private static func eventHandler(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 1
        while index + 2 < scalars.count {
            if scalars[index] == "o", scalars[index + 1] == "n", scalars[index - 1].properties.isWhitespace {
                let name = scalars[index...].prefix { $0.properties.isAlphabetic }
                let after = scalars[(index + name.count)...].drop { $0.properties.isWhitespace }
                if name.count > 2, after.first == "=" { return String(String.UnicodeScalarView(name)) }
            }
            index += 1
        }
        return nil
    }
}

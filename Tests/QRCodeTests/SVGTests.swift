import QRCode
import Testing
import TestSupport

@Suite("SVG: safe to serve under a strict CSP and to inline in HTML", .ownThreads)
struct SVGTests {
    let matrix: QRMatrix

    init() throws { matrix = try QRCode.matrix(for: Samples.shortURL) }

    @Test func nothingActiveOrExternal() {
        let svg = QRCode.svg(matrix, title: "Crêperie <script>alert(1)</script>")
        for forbidden in ["<script", "style=", "href=", "url(", "<image", "<foreignObject", "onload"] {
            #expect(!svg.contains(forbidden), "contains \(forbidden)")
        }
    }

    @Test func geometry() {
        let svg = QRCode.svg(matrix, moduleSize: 10)
        #expect(svg.hasPrefix(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"370\" height=\"370\" viewBox=\"0 0 37 37\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains("fill=\"#000\""))
        #expect(svg.contains("<rect width=\"37\" height=\"37\" fill=\"#fff\"/>"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(!svg.contains("<title>"))
    }

    @Test func titleIsEscaped() {
        let svg = QRCode.svg(matrix, title: "Tom & Jerry's <\"café\">")
        #expect(svg.contains("<title>Tom &amp; Jerry&apos;s &lt;&quot;café&quot;&gt;</title>"))
    }

    @Test func controlCharactersCannotBreakTheXML() {
        let svg = QRCode.svg(matrix, title: "a\u{0}b\u{1B}c\u{FFFF}")
        #expect(svg.contains("<title>a\u{FFFD}b\u{FFFD}c\u{FFFD}</title>"))
    }

    /// librsvg refuses malformed XML, so decoding proves the escaped document is well-formed.
    @Test func hostileTitleStillRendersAndDecodes() throws {
        let svg = QRCode.svg(matrix, title: "<&\">'</title><script>\u{7}]]>")
        #expect(try Decoder.text(ofSVG: svg) == Samples.shortURL)
    }

    @Test func sizeIsClampedLikePNG() {
        #expect(QRCode.svg(matrix, moduleSize: 0, quietZone: -1).hasPrefix(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"29\" height=\"29\" viewBox=\"0 0 29 29\""))
    }
}

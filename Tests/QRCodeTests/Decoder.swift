import Foundation
import Testing

/// Reads our images back with ZBar (Debian's zbar-tools), an independent decoder. `-Sbinary`
/// makes zbarimg print the symbol's bytes untouched: without it, zbar guesses a character set
/// for byte-mode data and reads UTF-8 "Crêperie" as Shift-JIS.
enum Decoder {
    static func text(ofImage path: String) throws -> String {
        let bytes = try ExternalTool.run("/usr/bin/zbarimg", ["--raw", "-q", "-Sbinary", path])
        return String(decoding: bytes, as: UTF8.self)
    }

    static func text(ofPNG png: [UInt8]) throws -> String {
        let dir = try ScratchDirectory()
        return try text(ofImage: dir.write(png, to: "code.png"))
    }

    /// Rasterises the SVG with librsvg (what GNOME and many servers use), then decodes that.
    static func text(ofSVG svg: String) throws -> String {
        let dir = try ScratchDirectory()
        let source = try dir.write(Array(svg.utf8), to: "code.svg")
        let png = dir.url.appendingPathComponent("code.png").path
        _ = try ExternalTool.run("/usr/bin/rsvg-convert", ["--format=png", "--output=\(png)", source])
        return try text(ofImage: png)
    }

    /// Turns the printer job back into the picture the printer would burn, then decodes that.
    static func text(ofESCPOS job: [UInt8]) throws -> String {
        let image = try #require(RasterJob(job)).image
        let dir = try ScratchDirectory()
        return try text(ofImage: dir.write(image.pbm, to: "receipt.pbm"))
    }
}

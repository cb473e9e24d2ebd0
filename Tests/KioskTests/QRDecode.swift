import Foundation
import TestSupport

/// Decodes a QR code with independent tools: librsvg renders the SVG, zbarimg reads it.
enum QRDecode {
    struct Failed: Error, CustomStringConvertible { let description: String }

    static func svg(_ data: Data) throws -> String {
        let directory = Scratch.root + "/vitrine-qr-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try data.write(to: URL(fileURLWithPath: directory + "/code.svg"))
        _ = try run("/usr/bin/rsvg-convert", ["-o", directory + "/code.png", directory + "/code.svg"])
        return try run("/usr/bin/zbarimg", ["--raw", "-q", directory + "/code.png"]).trimmingCharacters(in: .newlines)
    }

    /// Every code on the first page of a PDF, rendered at 150 dpi by poppler (in zbar's order).
    static func pdf(_ data: Data) throws -> [String] {
        let directory = Scratch.root + "/vitrine-qr-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try data.write(to: URL(fileURLWithPath: directory + "/poster.pdf"))
        _ = try run("/usr/bin/pdftoppm", ["-r", "150", "-png", "-singlefile", directory + "/poster.pdf", directory + "/page"])
        return try run("/usr/bin/zbarimg", ["--raw", "-q", directory + "/page.png"]).split(separator: "\n").map(String.init).sorted()
    }

    /// The text of a PDF, as poppler's pdftotext extracts it.
    static func text(_ data: Data) throws -> String {
        let path = Scratch.root + "/vitrine-text-\(UUID().uuidString).pdf"
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try run("/usr/bin/pdftotext", [path, "-"])
    }

    /// An image file zbarimg reads (PNG, PBM…).
    static func image(_ data: Data, suffix: String) throws -> String {
        let path = Scratch.root + "/vitrine-qr-\(UUID().uuidString)." + suffix
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try run("/usr/bin/zbarimg", ["--raw", "-q", path]).trimmingCharacters(in: .newlines)
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "\(tool) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A strict parser for the small part of TOML a configuration file needs.
///
/// Our own rather than a library's: it is small enough to read and fuzz, it links nothing, and
/// it refuses (rather than silently accepts) everything outside the subset, so an operator who
/// writes a float, a date or an inline table learns at once that it means nothing here.
public enum TOML {
    /// Parses `text`; `source` (usually the file's path) prefixes every error with its line.
    public static func parse(_ text: String, source: String) throws(ConfigError) -> [TOMLEntry] {
        var document = TOMLDocument(source: source)
        for (offset, scalars) in lines(of: text).enumerated() {
            let location = "\(source):\(offset + 1)"
            var parser = TOMLLineParser(scalars: scalars, location: location)
            try document.add(parser.parseLine(), line: offset + 1)
        }
        return document.entries
    }

    /// Parses raw file bytes, refusing invalid UTF-8 with the line it occurs on.
    public static func parse(bytes: [UInt8], source: String) throws(ConfigError) -> [TOMLEntry] {
        try parse(UTF8Text.decode(bytes, source: source), source: source)
    }

    /// Lines as Unicode scalars: `\r\n` is one `Character` in Swift, so scalars keep the grammar
    /// exact. A leading byte-order mark, as some editors write, is dropped.
    private static func lines(of text: String) -> [[Unicode.Scalar]] {
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        return scalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array(line.last == "\r" ? line.dropLast() : line)
        }
    }
}

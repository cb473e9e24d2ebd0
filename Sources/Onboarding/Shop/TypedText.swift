/// Cleaning what a visitor typed before it is kept, for every free text (the shop page's
/// fields, the name left for an advisor): surrounding spaces trimmed, runs of spaces collapsed,
/// control characters, bidirectional overrides, isolates and marks removed (they can make a
/// page, a list or a log line read differently from what was typed, e.g. a reversed phone
/// number), and the Unicode line and paragraph separators read as line breaks.
public enum TypedText {
    /// One line of text, or nil when nothing is left.
    public static func line(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let cleaned = collapse(raw.unicodeScalars.map { isLineBreak($0) ? " " : $0 })
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Text with paragraphs: line breaks kept (at most one blank line in a row), spaces collapsed.
    public static func paragraphs(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let lines = raw.split(omittingEmptySubsequences: false, whereSeparator: {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}"
        })
            .map { collapse(Array(String($0).unicodeScalars)) }
        var kept: [String] = []
        for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        let text = kept.joined(separator: "\n")
        return text.isEmpty ? nil : text
    }

    private static func collapse(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars where !isRemoved(scalar) {
            if isSpace(scalar) {
                pendingSpace = !view.isEmpty
                continue
            }
            if pendingSpace { view.append(" ") }
            pendingSpace = false
            view.append(scalar)
        }
        return String(view)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{3000}"
            || (0x2000...0x200A).contains(scalar.value)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && !isSpace(scalar)) || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C || value == 0xFEFF
    }
}

/// Cleaning what a visitor typed before it is kept: surrounding spaces trimmed, runs of spaces
/// collapsed, control characters and bidirectional overrides removed (they can make a page
/// read differently from what was typed, e.g. a reversed phone number).
enum TypedText {
    /// One line of text, or nil when nothing is left.
    static func line(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let cleaned = collapse(raw.unicodeScalars.map { isLineBreak($0) ? " " : $0 })
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Text with paragraphs: line breaks kept (at most one blank line in a row), spaces collapsed.
    static func paragraphs(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let lines = raw.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
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
            || value == 0x200E || value == 0x200F || value == 0xFEFF
    }
}

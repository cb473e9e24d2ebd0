/// CSV for the dashboard's exports (RFC 4180: comma-separated, CRLF, fields quoted when they
/// hold a comma, a quote or a line break, quotes doubled), opened by CCI staff in a spreadsheet.
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
/// formula by Excel or LibreOffice (CSV injection): it gets a leading apostrophe, so a topic
/// typed at a kiosk stays text. Files start with a byte-order mark so Excel reads the UTF-8 accents.
public enum DashboardCSV {
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }
}

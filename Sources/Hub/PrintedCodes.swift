import Onboarding
import ReportProtocol
import Storage
import Time

/// The codes of posters printed at kiosks, taken from `poster.printed` in the transaction that
/// stores the event: code → the kiosk's shop (the event's owner), the slug and format printed,
/// the day of the first print. A code must start with the reporting kiosk's prefix, so no kiosk
/// can capture another's codes; a refused code is counted on its kiosk (the event is kept).
enum PrintedCodes {
    /// What became of an event's code.
    enum Outcome: Equatable {
        /// No code (a kiosk older than poster codes), or one already known.
        case none
        /// A new code: its shop's hub poster may now print it.
        case stored(slug: String)
        /// Not a code of this kiosk.
        case refused(String)
    }

    static func record(_ connection: Connection, _ event: CheckedEvent, kiosk: String) throws(StorageError) -> Outcome {
        guard let printed = event.payload(PosterPrinted.self), let text = printed.code else { return .none }
        let prefix = try connection.query("SELECT prefix FROM kiosks WHERE id = ?", [.text(kiosk)]).first?.string(0)
        guard let code = PosterCode(text), String(code.prefix) == prefix, isFormat(printed.format),
              Slug.isValid(Substring(printed.slug)) else {
            try connection.execute("UPDATE kiosks SET refused_codes = refused_codes + 1 WHERE id = ?", [.text(kiosk)])
            return .refused(text)
        }
        try connection.execute("""
            INSERT INTO poster_codes (code, kiosk_id, owner, slug, format, printed_day, reported) VALUES (?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT (code) DO NOTHING
            """, [.text(code.text), .text(kiosk), event.owner.map(SQLValue.text) ?? .null, .text(printed.slug), .text(printed.format),
                  .integer(event.at.civil(in: .paris).date.dayNumber)])
        guard connection.changes == 1 else { return .none }
        try connection.execute("""
            INSERT INTO poster_totals (kiosk_id, format, posters, scans) VALUES (?, ?, 1, 0)
            ON CONFLICT (kiosk_id, format) DO UPDATE SET posters = posters + 1
            """, [.text(kiosk), .text(printed.format)])
        return .stored(slug: printed.slug)
    }

    /// A poster format as kiosks name them (`A4`, `A5`, `A6`, `ticket`…): a short word.
    static func isFormat(_ text: String) -> Bool {
        (1...16).contains(text.utf8.count)
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D }
    }
}

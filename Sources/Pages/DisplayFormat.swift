import Onboarding
import Time

/// How times, dates and phone numbers are written for people, per language: French shop doors
/// say "9 h 30" and "19 h", English ones "9:30" and "19:00".
public struct DisplayFormat: Sendable {
    public let language: String

    public init(language: String) { self.language = language }

    /// Minutes since midnight as a person reads it (24:00 is "minuit"'s 24 h, kept as is).
    public func time(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        let padded = (rest < 10 ? "0" : "") + String(rest)
        guard language == "fr" else { return String(hours) + ":" + padded }
        return rest == 0 ? String(hours) + "\u{A0}h" : String(hours) + "\u{A0}h\u{A0}" + padded
    }

    /// `24/12`: day and month, the way both languages' readers in France expect.
    public func dayAndMonth(_ date: CivilDate) -> String {
        (date.day < 10 ? "0" : "") + String(date.day) + "/" + (date.month < 10 ? "0" : "") + String(date.month)
    }

    /// `+33478123456` → `04 78 12 34 56`; overseas numbers keep their national form too.
    public static func phone(_ e164: String) -> String {
        let digits = e164.filter(\.isNumber)
        let significant = digits.suffix(9)
        guard significant.count == 9 else { return e164 }
        let national = Array("0" + significant)
        return stride(from: 0, to: national.count, by: 2).map { String(national[$0..<min($0 + 2, national.count)]) }
            .joined(separator: "\u{A0}")
    }
}

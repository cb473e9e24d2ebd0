/// French phone numbers as people write them ("06 12 34 56 78", "+33 (0)6…", "0033 6…",
/// "01.23.45.67.89") turned into E.164 ("+33612345678"), so a `tel:` link and a CCI advisor
/// always dial the same thing. Overseas departments keep their national form (0692…) but have
/// their own country codes (+262…).
public enum FrenchPhone {
    /// National prefixes (after the 0) that belong to an overseas country code.
    private static let overseas: [(prefix: String, code: String)] = [
        ("262", "262"), ("692", "262"), ("693", "262"), ("269", "262"), ("639", "262"),
        ("590", "590"), ("690", "590"), ("691", "590"),
        ("594", "594"), ("694", "594"),
        ("596", "596"), ("696", "596"), ("697", "596"),
    ]
    private static let countryCodes = ["33", "262", "590", "594", "596"]

    /// The E.164 form, or nil when the text is not a French (or French overseas) number.
    public static func normalize(_ text: String) -> String? {
        var compact = text.filter { !" .-/\u{00A0}\u{202F}()".contains($0) }
        compact = compact.replacingPrefix("+33(0)", with: "+33")
        if compact.hasPrefix("00") { compact = "+" + compact.dropFirst(2) }
        if compact.hasPrefix("+") { return international(String(compact.dropFirst())) }
        guard compact.count == 10, compact.hasPrefix("0"), compact.allSatisfy(\.isASCIIDigit) else { return nil }
        return national(String(compact.dropFirst()))
    }

    private static func national(_ significant: String) -> String? {
        guard significant.first != "0" else { return nil }
        let code = overseas.first { significant.hasPrefix($0.prefix) }?.code ?? "33"
        return "+" + code + significant
    }

    private static func international(_ digits: String) -> String? {
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        for code in countryCodes where digits.hasPrefix(code) {
            var significant = String(digits.dropFirst(code.count))
            if significant.count == 10 && significant.hasPrefix("0") { significant.removeFirst() }
            if significant.count == 9 && significant.first != "0" { return "+" + code + significant }
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

/// The ASCII name of a shop in its address (`/s/creperie-elodie`): lower-case letters, digits
/// and hyphens, accents folded, so it can be read aloud, typed on any phone and printed.
public enum Slug {
    /// The longest slug made; longer names are cut at a word boundary.
    public static let maximumLength = 60

    /// "Crêperie Élodie" → `creperie-elodie`; "L'Œuf & la Poule" → `l-oeuf-la-poule`.
    /// A name with nothing foldable (only emoji, say) gives `commerce`.
    public static func fold(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            let folded = fold(scalar)
            if folded.isEmpty {
                if !isCombiningMark(scalar) { pendingHyphen = !slug.isEmpty }
                continue
            }
            if pendingHyphen { slug += "-" }
            pendingHyphen = false
            slug += folded
        }
        return cut(slug)
    }

    /// `text` in printable ASCII, upper-cased, accents folded ("Crêperie Élodie" → "CREPERIE
    /// ELODIE"): for receipt printers, whose character sets rarely agree beyond ASCII.
    public static func plainASCII(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if (0x20...0x7E).contains(scalar.value) { result.unicodeScalars.append(scalar) }
            else { result += fold(scalar) }
        }
        return result.uppercased()
    }

    /// Whether `text` is a slug this type could have made (the router checks this before any
    /// database look-up).
    public static func isValid(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.count <= maximumLength + 4 && text.first != "-" && text.last != "-"
            && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// `base`, or `base-2`, `base-3`… : the first that `isTaken` refuses.
    public static func unique<Failure: Error>(_ base: String, isTaken: (String) throws(Failure) -> Bool) throws(Failure) -> String {
        var candidate = base
        var number = 2
        while try isTaken(candidate) {
            candidate = base + "-" + String(number)
            number += 1
        }
        return candidate
    }

    private static func cut(_ slug: String) -> String {
        guard !slug.isEmpty else { return "commerce" }
        guard slug.utf8.count > maximumLength else { return slug }
        let prefix = String(slug.prefix(maximumLength))
        guard let lastHyphen = prefix.lastIndex(of: "-"), lastHyphen > prefix.startIndex else { return prefix }
        return String(prefix[..<lastHyphen])
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value)
    }

    /// One scalar as ASCII: letters and digits lower-cased, Latin letters with diacritics
    /// without them, ligatures spelled out; "" for everything else (a word break).
    private static func fold(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 0x20)!)
        default: return latin[scalar.value] ?? ""
        }
    }

    /// Latin-1 Supplement and Latin Extended-A letters, as French and its neighbours use them.
    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        for (letters, ascii) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = ascii }
        }
        for (letter, ascii) in [("Æ", "ae"), ("æ", "ae"), ("Œ", "oe"), ("œ", "oe"), ("ß", "ss"), ("Þ", "th"), ("þ", "th")] {
            table[letter.unicodeScalars.first!.value] = ascii
        }
        return table
    }()
}

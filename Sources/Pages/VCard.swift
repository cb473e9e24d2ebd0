import Onboarding

/// The shop as a vCard 4.0 (RFC 6350) contact, for "add to my contacts" on a phone.
///
/// Text values are escaped (`\`, `,`, `;`, line breaks) so a shop's text cannot add a property
/// or a field, lines end in CRLF and are folded at 75 octets without splitting a character.
public enum VCard {
    public static func render(_ profile: ShopProfile, trade: Trade?, links: ShopLinks) -> String {
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:" + text(profile.name), "ORG:" + text(profile.name)]
        if let phone = profile.phone { lines.append("TEL;VALUE=uri;TYPE=\"work,voice\":tel:" + uri(phone)) }
        if let email = profile.email { lines.append("EMAIL;TYPE=work:" + text(email)) }
        if let address = profile.address {
            let parts = ["", "", address.street ?? "", address.city, "", address.postcode, "France"]
            lines.append("ADR;TYPE=work:" + parts.map(text).joined(separator: ";"))
        }
        if let page = links.page { lines.append("URL:" + uri(page)) }
        if let website = profile.website { lines.append("URL;TYPE=work:" + uri(website)) }
        if let trade { lines.append("CATEGORIES:" + text(trade.label)) }
        if let description = profile.description { lines.append("NOTE:" + text(description)) }
        lines.append("END:VCARD")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A text value: backslash, comma and semicolon escaped, line breaks as `\n`.
    static func text(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n": result += "\\n"
            case "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A URI value has no escapes of its own; control characters are dropped so it stays one line.
    private static func uri(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }

    /// Lines longer than 75 octets continue on lines starting with a space, cut between
    /// characters (never inside a UTF-8 sequence).
    static func fold(_ line: String) -> String {
        var result = ""
        var width = 0
        for character in line {
            let size = character.utf8.count
            if width + size > 75 {
                result += "\r\n "
                width = 1
            }
            result.append(character)
            width += size
        }
        return result
    }
}

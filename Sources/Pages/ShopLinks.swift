/// Where a shop's page and its siblings live. `page` is the public address (under the hub's
/// `public_base_url`): what QR codes encode and search engines index; the rest are paths on
/// the server that renders them.
public struct ShopLinks: Sendable {
    /// Absolute public URL of the page, nil for a preview of a page never published.
    public let page: String?
    /// `/s/<slug>.vcf`, nil for a preview.
    public let vcard: String?

    public init(page: String?, vcard: String?) {
        self.page = page
        self.vcard = vcard
    }

    /// The links of a published page: `<base>/s/<slug>` and `/s/<slug>.vcf`.
    public static func published(slug: String, publicBaseURL: String) -> ShopLinks {
        ShopLinks(page: publicBaseURL + "/s/" + slug, vcard: "/s/" + slug + ".vcf")
    }

    /// A map search for an address on OpenStreetMap (no tracking, works in every browser).
    static func map(_ address: String) -> String {
        "https://www.openstreetmap.org/search?query=" + percentEncoded(address)
    }

    /// Query-component encoding: unreserved characters as they are, every other byte as %XX.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let unreserved = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
            if unreserved {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append(contentsOf: ["%", digits[Int(byte >> 4)], digits[Int(byte & 15)]])
            }
        }
        return result
    }
}

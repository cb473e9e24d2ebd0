import Onboarding

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
        "https://www.openstreetmap.org/search?query=" + WebAddress.percentEncoded(address)
    }
}

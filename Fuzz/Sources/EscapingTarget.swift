import Glibc
import JSON
import Onboarding
import Pages
import Time

/// Any text in every field of a shop: the page keeps the tag structure of a benign page, its
/// JSON-LD parses back to the same name, and the vCard keeps its properties.
enum EscapingTarget {
    nonisolated(unsafe) static let content: Content = {
        let root = getenv("FUZZ_REPOSITORY").map { String(cString: $0) } ?? "."
        guard let library = try? ContentLoader.load(directory: root + "/content") else { FuzzTargets.fail("cannot load content") }
        return library.french
    }()
    static let now = Timestamp(seconds: 1_795_000_000).civil(in: .paris)

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.isEmpty else { return }
        let page = render(shop(text)).html
        guard skeleton(page) == skeleton(render(shop(harmless(text))).html) else { FuzzTargets.fail("the page's structure changed") }
        guard let block = structuredData(page), case .object(let fields)? = try? JSON.parse(block),
              fields.first(where: { $0.key == "name" })?.value == .string(text) else {
            FuzzTargets.fail("the JSON-LD does not give the name back")
        }
        let card = VCard.render(shop(text), trade: nil, links: .published(slug: "x", publicBaseURL: "https://h.example"))
        // Continuation lines start with a space octet (a combining mark after it is still a fold).
        let lines = card.split(separator: "\r\n", omittingEmptySubsequences: true).filter { $0.utf8.first != 0x20 }
        guard lines.count == 12 else { FuzzTargets.fail("the vCard has \(lines.count) properties") }
    }

    /// The bytes between `application/ld+json">` and the next `</script>`.
    static func structuredData(_ page: String) -> [UInt8]? {
        let bytes = Array(page.utf8), marker = Array("application/ld+json\">".utf8), end = Array("</script>".utf8)
        guard let open = bytes.indices.first(where: { bytes[$0...].starts(with: marker) }) else { return nil }
        let start = open + marker.count
        guard let close = bytes[start...].indices.first(where: { bytes[$0...].starts(with: end) }) else { return nil }
        return Array(bytes[start..<close])
    }

    static func shop(_ text: String) -> ShopProfile {
        ShopProfile(name: text, trade: "boulangerie", description: text, address: PostalAddress(street: text, postcode: "69002", city: text),
                    phone: "+33478123456", email: "a@b.fr", website: link("https://x.fr/", text),
                    hours: [OpeningInterval(day: 2, opens: 540, closes: 1140)],
                    closures: [Closure(from: CivilDate(dayNumber: 20_800), to: CivilDate(dayNumber: 20_801), label: text)],
                    facebook: "https://www.facebook.com/x", instagram: "https://www.instagram.com/x/",
                    googleReview: link("https://g.page/", text), services: [text], accent: "#1f5c99")
    }

    /// The same shape without any markup character: letters for everything but line breaks
    /// (which split a description into paragraphs).
    static func harmless(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? $0 : "a" }))
    }

    /// A link as the page builder stores one: checked and percent-encoded by `WebAddress`.
    static func link(_ base: String, _ text: String) -> String {
        WebAddress.url(base + text) ?? base
    }

    static func render(_ profile: ShopProfile) -> RenderedPage {
        ShopPage.render(profile, trade: content.trades.first, links: .published(slug: "x", publicBaseURL: "https://h.example"),
                        content: content, now: now)
    }

    /// Tag names and attribute names in order, quoted values skipped; script and style bodies skipped.
    static func skeleton(_ html: String) -> [String] {
        var tags: [String] = []
        var bytes = Substring(html).utf8[...]
        while let open = bytes.firstIndex(of: 0x3C) {
            bytes = bytes[bytes.index(after: open)...]
            guard let close = bytes.firstIndex(of: 0x3E) else { break }
            let tag = describe(Array(bytes[..<close]))
            tags.append(tag)
            bytes = bytes[bytes.index(after: close)...]
            if tag == "script type" || tag == "style", let end = find(Array("</".utf8), in: bytes) { bytes = bytes[end...] }
        }
        return tags
    }

    private static func find(_ needle: [UInt8], in haystack: Substring.UTF8View.SubSequence) -> Substring.UTF8View.Index? {
        var index = haystack.startIndex
        while index < haystack.endIndex {
            if haystack[index...].starts(with: needle) { return index }
            index = haystack.index(after: index)
        }
        return nil
    }

    private static func describe(_ tag: [UInt8]) -> String {
        var words: [String] = [], current: [UInt8] = [], quote: UInt8?
        for byte in tag {
            if let open = quote { if byte == open { quote = nil }; continue }
            switch byte {
            case 0x22, 0x27: quote = byte
            case 0x20, 0x3D: if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current = [] }
            default: current.append(byte)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words.joined(separator: " ")
    }
}

import HTTPServer
import Onboarding
import Pages
import PosterPDF
import QRCode
import ReportProtocol

/// What a poster says, read once from the shop (or the directory) and the content, then drawn
/// either as the HTML preview or as the print-ready PDF, so the two never drift apart.
struct PosterContent {
    let title: String
    let subtitle: String?
    let call: String
    let lead: String
    /// The code's address, and the same without its scheme for people who type it.
    let url: String
    /// "Code : K7 A2C" under the symbol when the poster carries a short code.
    let codeLine: String?
    let extra: (url: String, caption: String)?
    let accent: String
    let language: String
    /// "Avec la CCI …, votre partenaire numérique" in the CCI's colour, when its identity is known.
    let signature: (text: String, colour: String)?

    /// A shop's poster; with a `code`, its symbol encodes the code's address instead of the page's.
    static func shop(_ shop: PublishedShop, code: PosterCode?, _ site: PublicSite) -> PosterContent {
        let texts = site.content.pageTexts
        return PosterContent(title: shop.profile.name, subtitle: shop.trade?.label, call: texts("poster-call"),
                             lead: texts("poster-lead"), url: code.map(site.codeURL) ?? shop.links.page ?? "",
                             codeLine: codeLine(code, site),
                             extra: shop.profile.googleReview.map { ($0, texts("poster-review")) },
                             accent: shop.profile.accent, language: site.content.language, signature: signature(site))
    }

    static func directory(_ directory: Directory.Listing, code: PosterCode?, _ site: PublicSite) -> PosterContent {
        let texts = site.content.pageTexts
        return PosterContent(title: texts("directory-title", ["kiosk": directory.label]), subtitle: nil,
                             call: texts("directory-poster-call"), lead: texts("directory-lead"),
                             url: code.map(site.codeURL) ?? directory.url, codeLine: codeLine(code, site), extra: nil, accent: ShopProfile.defaultAccent, language: "fr", signature: signature(site))
    }

    private static func codeLine(_ code: PosterCode?, _ site: PublicSite) -> String? {
        code.map { site.content.pageTexts("poster-code", ["code": $0.grouped]) }
    }

    private static func signature(_ site: PublicSite) -> (text: String, colour: String)? {
        site.settings.identity.map { (site.content.pageTexts("poster-by", ["cci": $0.name]), $0.color) }
    }

    /// The address without its scheme, as printed under the code.
    var readable: String {
        for scheme in ["https://", "http://"] where url.hasPrefix(scheme) { return String(url.dropFirst(scheme.count)) }
        return url
    }

    func html(_ format: PosterFormat, correction: ErrorCorrection) throws(HTTPError) -> RenderedPage {
        let main = try ShopQR.inlineSVG(url, correction: correction, title: "QR code : " + title)
        let code = try extra.map { (extra) throws(HTTPError) in
            PosterPage.Code(svg: try ShopQR.inlineSVG(extra.url, correction: correction, title: extra.caption), caption: extra.caption)
        }
        return PosterPage.render(title: title, subtitle: subtitle, call: call, lead: lead, address: readable, codeLine: codeLine,
                                 main: main, extra: code, signature: signature, format: format, accent: accent, language: language)
    }

    /// The sheet the PDF is drawn from: the HTML poster's blocks, sizes and colours.
    func sheet(_ format: PosterFormat, correction: ErrorCorrection) throws(HTTPError) -> PrintSheet {
        let colour = Colour(hex: accent) ?? .black
        var blocks: [PrintSheet.Block] = []
        if let subtitle { blocks.append(.text(subtitle, size: 1.2, weight: .regular, colour: .grey)) }
        blocks.append(.text(title, size: 2.4, weight: .bold, colour: .black))
        blocks.append(.text(call, size: 1.8, weight: .heavy, colour: colour))
        blocks.append(.code(try Self.symbol(url, correction), side: Double(format.qrSide)))
        blocks.append(.text(lead, size: 1.1, weight: .regular, colour: .black))
        blocks.append(.text(readable, size: 1, weight: .semibold, colour: .black))
        if let codeLine { blocks.append(.text(codeLine, size: 1.3, weight: .bold, colour: .black)) }
        if let extra {
            blocks.append(.captionedCode(try Self.symbol(extra.url, correction), side: Double(format.qrSide * 2) / 5,
                                         caption: extra.caption))
        }
        if let signature {
            blocks.append(.text(signature.text, size: 0.9, weight: .semibold, colour: Colour(hex: signature.colour) ?? .grey))
        }
        return PrintSheet(widthMM: Double(format.width), heightMM: Double(format.height),
                          baseSize: Double(format.width * 10 / 210 + 4), band: colour, blocks: blocks,
                          title: title + " – " + format.rawValue)
    }

    func pdf(_ format: PosterFormat, correction: ErrorCorrection) throws(HTTPError) -> [UInt8] {
        let sheet = try sheet(format, correction: correction)
        do {
            return try PosterPDF.render(sheet)
        } catch {
            throw HTTPError(status: 500, code: "internal", message: "The poster could not be drawn.")
        }
    }

    private static func symbol(_ url: String, _ correction: ErrorCorrection) throws(HTTPError) -> QRSymbol {
        guard let symbol = try? QRSymbol(QRCode.uppercasingSchemeAndHost(url), correction: correction) else {
            throw HTTPError(status: 422, code: "qr_too_long", message: "This link is too long for a QR code.")
        }
        return symbol
    }
}

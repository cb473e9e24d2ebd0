import HTTPServer
import Onboarding
import PosterPDF

/// The resume-code slip: an A6 sheet with the code large enough to copy from across a counter,
/// and the one sentence that says what to do with it. No QR code: the code is typed at the kiosk.
enum PrintSlip {
    static func pdf(code: String, texts: PageTexts) throws(HTTPError) -> [UInt8] {
        let sheet = PrintSheet(widthMM: 105, heightMM: 148, baseSize: 9, band: Colour(hex: ShopProfile.defaultAccent) ?? .black,
                               blocks: [
                                   .text(texts("slip-title"), size: 2, weight: .bold, colour: .black),
                                   .text(code, size: 3.4, weight: .bold, colour: .black),
                                   .text(texts("slip-lead"), size: 1.2, weight: .regular, colour: .grey),
                               ], title: texts("slip-title"))
        do {
            return try PosterPDF.render(sheet)
        } catch {
            throw KioskRoutes.internalError
        }
    }
}

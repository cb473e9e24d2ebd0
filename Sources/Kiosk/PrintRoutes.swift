import HTTPServer
import Onboarding
import Pages
import QRCode

/// What the kiosk prints for a published page: the poster (printed by the kiosk browser, then
/// reported here) and the receipt slip, sent by the daemon to an ESC/POS printer.
enum PrintRoutes {
    struct PosterPrinted: Decodable { let format: String }

    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.post, "/api/v1/sessions/{id}/shop/poster") { request throws(HTTPError) in
            let (session, owner) = try ShopRoutes.publishingOwner(request, services)
            try requirePublicAddress(services)
            let body = try JSONBody.decode(PosterPrinted.self, from: request)
            guard PosterFormat(rawValue: body.format) != nil else { throw .invalidField("format", "must be one of A4, A5, A6") }
            let (slug, _) = try publishedSlug(owner, services)
            try services.storage {
                try services.progress.record(.poster, sessionID: session.id, subject: body.format,
                                             event: Events.posterPrinted(slug: slug, format: body.format))
            }
            return SessionRoutes.noContent
        }
        router.add(.post, "/api/v1/sessions/{id}/shop/receipt") { request throws(HTTPError) in
            let (_, owner) = try ShopRoutes.publishingOwner(request, services)
            try requirePublicAddress(services)
            guard let device = services.settings.receiptPrinter else {
                throw HTTPError(status: 409, code: "no_receipt_printer", message: "This kiosk has no receipt printer.")
            }
            let (slug, profile) = try publishedSlug(owner, services)
            let job = try ReceiptJob.make(name: profile.name, url: services.settings.publicBaseURL + "/s/" + slug,
                                          dotsWide: services.settings.receiptDots, correction: services.settings.qrCorrection)
            do {
                try ReceiptPrinter.send(job, to: device)
            } catch {
                services.logger.warning("receipt printer \(device): \(error)")
                throw HTTPError(status: 503, code: "printer_unavailable", message: "The receipt printer cannot print right now.")
            }
            return SessionRoutes.noContent
        }
    }

    /// A QR code printed with a loopback or missing public address would be dead on paper.
    static func requirePublicAddress(_ services: KioskServices) throws(HTTPError) {
        guard PublicAddress.isReady(services.settings.publicBaseURL) else {
            throw HTTPError(status: 409, code: "public_address_missing",
                            message: "Printing is off on this demonstration kiosk. For staff: \(PublicAddress.staffAdvice).")
        }
    }

    private static func publishedSlug(_ owner: String, _ services: KioskServices) throws(HTTPError) -> (String, ShopProfile) {
        guard let record = try services.storage({ try services.shops.find(ownerID: owner) }),
              let slug = record.slug, let page = record.page,
              let profile = try? JSONBody.decodeStored(ShopProfile.self, page) else {
            throw HTTPError(status: 409, code: "not_published", message: "Publish the page first.")
        }
        return (slug, profile)
    }
}

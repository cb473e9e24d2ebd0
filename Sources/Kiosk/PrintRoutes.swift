import HTTPServer
import Onboarding
import Pages
import Printing
import QRCode
import ReportProtocol

/// What the kiosk prints. The daemon renders each sheet as a PDF and submits it to CUPS at its
/// paper size (the browser never prints): a shop's poster, the directory's poster, the
/// resume-code slip; the receipt slip goes to an ESC/POS printer. Each submission answers 202
/// with the job; `GET …/print-jobs/{job}` follows it until it is done or says what stops it.
enum PrintRoutes {
    struct FormatBody: Decodable { let format: String }

    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.post, "/api/v1/sessions/{id}/shop/poster") { request throws(HTTPError) in
            let (session, owner) = try ShopRoutes.publishingOwner(request, services)
            try requirePublicAddress(services)
            let format = try posterFormat(request)
            let (slug, profile) = try publishedSlug(owner, services)
            let poster = try services.site.shopPoster(slug, format)
            let title = "Affiche \(format.rawValue) — \(profile.name)"
            let reply = try submit(poster.pdf, title: title, media: format.media, session.id, services)
            try services.storage {
                if let code = poster.code { try services.codes.markPrinted(code) }
                try services.progress.record(.poster, sessionID: session.id, subject: format.rawValue,
                                             event: Events.posterPrinted(slug: slug, format: format.rawValue, code: poster.code))
            }
            return reply
        }
        router.add(.post, "/api/v1/sessions/{id}/directory/poster") { request throws(HTTPError) in
            let session = try services.activeSession(request)
            try requirePublicAddress(services)
            let format = try posterFormat(request)
            let poster = try services.site.directoryPoster(services.settings.kioskID, format)
            return try submit(poster.pdf, title: "Affiche \(format.rawValue) — \(poster.title)", media: format.media, session.id, services)
        }
        router.add(.post, "/api/v1/sessions/{id}/resume-slip") { request throws(HTTPError) in
            let session = try services.activeSession(request)
            guard let owner = try services.ownerID(of: session),
                  let code = try services.storage({ try services.owners.record(ownerID: owner) })?.resumeCode else {
                throw HTTPError(status: 409, code: "no_resume_code", message: "This visit has no resume code yet: give consent first.")
            }
            let (content, _) = try services.content(for: request)
            let pdf = try PrintSlip.pdf(code: code, texts: content.pageTexts)
            return try submit(pdf, title: content.pageTexts("slip-title"), media: PosterFormat.a6.media, session.id, services)
        }
        router.add(.get, "/api/v1/sessions/{id}/print-jobs/{job}") { request throws(HTTPError) in
            let session = try services.activeSession(request)
            guard let id = Int32(request.parameters["job"] ?? ""),
                  let entry = services.printJobs.find(id, sessionID: session.id) else {
                throw .notFound("No print job of this visit with that id.")
            }
            let job: PrintJob
            do throws(PrintFailure) {
                job = try services.printer.job(id, on: entry.queue)
            } catch {
                job = PrintJob(id: id, queue: entry.queue, state: .pending, reason: error.reason)
            }
            return JSONBody.response(PrintJobView(job, title: entry.title))
        }
        router.add(.post, "/api/v1/sessions/{id}/shop/receipt") { request throws(HTTPError) in
            let (_, owner) = try ShopRoutes.publishingOwner(request, services)
            try requirePublicAddress(services)
            guard let device = services.settings.receiptPrinter else {
                throw HTTPError(status: 409, code: "no_receipt_printer", message: "This kiosk has no receipt printer.")
            }
            let (slug, profile) = try publishedSlug(owner, services)
            let code = try services.site.posterCode(slug: slug, format: ReceiptJob.format)
            let url = code.map(services.site.codeURL) ?? services.settings.publicBaseURL + "/s/" + slug
            let codeLine = code.map { services.content.french.pageTexts("poster-code", ["code": $0.grouped]) }
            let job = try ReceiptJob.make(name: profile.name, url: url, codeLine: codeLine,
                                          dotsWide: services.settings.receiptDots, correction: services.settings.qrCorrection)
            do {
                try ReceiptPrinter.send(job, to: device)
            } catch {
                services.logger.warning("receipt printer \(device): \(error)")
                throw HTTPError(status: 503, code: "printer_unavailable", message: "The receipt printer cannot print right now.")
            }
            if let code { try services.storage { try services.codes.markPrinted(code) } }
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

    /// Sends a PDF to the kiosk's printer: 202 with the job, or 503 `printer_unavailable` with
    /// the reason (no printer, paused, CUPS down) when CUPS will not take it.
    private static func submit(_ pdf: [UInt8], title: String, media: String, _ sessionID: String,
                               _ services: KioskServices) throws(HTTPError) -> Reply {
        do throws(PrintFailure) {
            let job = try services.printer.submit(pdf: pdf, title: title, media: media)
            services.printJobs.add(job, title: title, sessionID: sessionID)
            services.logger.info("print job \(job.queue)-\(job.id) submitted (\(media), \(pdf.count) bytes)")
            return JSONBody.response(PrintJobView(job, title: title), status: 202)
        } catch {
            services.logger.warning("printing refused: \(error)")
            throw HTTPError(status: 503, code: "printer_unavailable", message: error.reason.message,
                            details: [("reason", .text(error.reason.rawValue))])
        }
    }

    private static func posterFormat(_ request: Request) throws(HTTPError) -> PosterFormat {
        let body = try JSONBody.decode(FormatBody.self, from: request)
        guard let format = PosterFormat(rawValue: body.format) else { throw .invalidField("format", "must be one of A4, A5, A6") }
        return format
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

import Foundation
import Kiosk
import TestSupport
import Testing

@Suite("Page builder API, public pages, QR codes, posters, receipt", .ownThreads)
struct ShopAPITests {
    /// A session whose visitor consented with `purposes`.
    func owner(_ fixture: KioskFixture, purposes: String = #"["publish"]"#) throws -> String {
        let session = try fixture.startSession()
        let hash = try #require((try fixture.call("GET", "/api/v1/privacy").json as? [String: Any])?["noticeHash"] as? String)
        let body = #"{"purposes":\#(purposes),"hub":false,"noticeHash":"\#(hash)","pin":"2468"}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/consent", body: body).status == 201)
        return session
    }

    func put(_ fixture: KioskFixture, _ session: String, _ draft: String) throws -> [String: Any] {
        let reply = try fixture.call("PUT", "/api/v1/sessions/\(session)/shop", body: draft)
        #expect(reply.status == 200)
        return try #require(reply.json as? [String: Any])
    }

    func publish(_ fixture: KioskFixture, _ session: String) throws -> (Int, [String: Any]?) {
        let reply = try fixture.call("POST", "/api/v1/sessions/\(session)/shop/publish", body: "{}")
        return (reply.status, reply.json as? [String: Any])
    }

    /// A kiosk whose QR codes phones can open: printing is allowed.
    static var publicSettings: KioskSettings {
        var settings = KioskSettings()
        settings.publicBaseURL = "https://vitrine.example.org"
        return settings
    }

    static let draft = #"{"name":"Crêperie Élodie","trade":"creperie","phone":"04 78 12 34 56","postcode":"69002","city":"Lyon","hours":[{"day":2,"opens":"09:00","closes":"19:00"}],"googleReview":"https://g.page/r/abc/review"}"#

    @Test func withoutConsentToPublishTheBuilderIsRefused() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let anonymous = try fixture.startSession()
        #expect(try fixture.call("PUT", "/api/v1/sessions/\(anonymous)/shop", body: Self.draft).status == 403)
        let callbackOnly = try owner(fixture, purposes: #"["callback"]"#)
        let reply = try fixture.call("GET", "/api/v1/sessions/\(callbackOnly)/shop")
        #expect(reply.status == 403 && (reply.json as? [String: [String: String]])?["error"]?["code"] == "consent_required")
    }

    @Test func aDraftIsSavedWithItsProblemsThenPublished() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try owner(fixture)
        #expect(try fixture.call("GET", "/api/v1/sessions/\(session)/shop").status == 404)
        let saved = try put(fixture, session, #"{"name":"Crêperie Élodie","phone":"12","unknown":1}"#.replacingOccurrences(of: #","unknown":1"#, with: ""))
        let problems = try #require(saved["problems"] as? [[String: Any]])
        #expect(problems.first?["field"] as? String == "phone")
        #expect((problems.first?["message"] as? String)?.hasPrefix("Numéro incomplet ou pas français") == true)
        #expect(saved["publishable"] as? Bool == false && saved["published"] as? Bool == false)
        #expect(try publish(fixture, session).0 == 422)

        let fixed = try put(fixture, session, Self.draft)
        #expect((fixed["problems"] as? [Any])?.isEmpty == true)
        let (status, published) = try publish(fixture, session)
        #expect(status == 200 && published?["slug"] as? String == "creperie-elodie")
        let links = try #require(published?["links"] as? [String: Any])
        #expect(links["page"] as? String == "http://127.0.0.1:8080/s/creperie-elodie")
        #expect((links["posters"] as? [String: String])?["A5"] == "/s/creperie-elodie/poster?format=A5")

        let page = try fixture.fetch("/s/creperie-elodie")
        #expect(page.status == 200 && String(decoding: page.body, as: UTF8.self).contains("<h1>Crêperie Élodie</h1>"))
        #expect(page.headers["content-security-policy"]?.contains("style-src 'sha256-") == true)
        let etag = try #require(page.headers["etag"])
        #expect(try fixture.fetch("/s/creperie-elodie", headers: ["If-None-Match": etag]).status == 304)
        let passport = try #require(try fixture.call("GET", "/api/v1/sessions/\(session)/passport").json as? [String: Any])
        #expect(String(describing: passport).contains("page"))
    }

    @Test func theSlugIsUniqueAndStableAcrossEdits() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let first = try owner(fixture)
        _ = try put(fixture, first, Self.draft)
        #expect(try publish(fixture, first).1?["slug"] as? String == "creperie-elodie")
        let second = try owner(fixture)
        _ = try put(fixture, second, Self.draft)
        #expect(try publish(fixture, second).1?["slug"] as? String == "creperie-elodie-2")

        #expect(try fixture.fetch("/s/creperie-elodie-2").status == 200)
        _ = try put(fixture, second, Self.draft.replacingOccurrences(of: "Crêperie Élodie", with: "Chez Élodie"))
        #expect(try publish(fixture, second).1?["slug"] as? String == "creperie-elodie-2")
        let page = try fixture.fetch("/s/creperie-elodie-2")
        #expect(String(decoding: page.body, as: UTF8.self).contains("<h1>Chez Élodie</h1>"), "the cached page was replaced at once")
        #expect(String(decoding: try fixture.fetch("/s/creperie-elodie").body, as: UTF8.self).contains("<h1>Crêperie Élodie</h1>"))
    }

    @Test func unpublishingAndWithdrawingTakeThePageDown() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try owner(fixture)
        _ = try put(fixture, session, Self.draft)
        _ = try publish(fixture, session)
        #expect(try fixture.fetch("/s/creperie-elodie").status == 200)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(session)/shop/publish").status == 200)
        #expect(try fixture.fetch("/s/creperie-elodie").status == 404)
        _ = try publish(fixture, session)
        #expect(try fixture.fetch("/s/creperie-elodie.vcf").status == 200)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(session)/consent").status == 204)
        #expect(try fixture.fetch("/s/creperie-elodie").status == 404)
        #expect(try fixture.fetch("/s/creperie-elodie.vcf").status == 404)
    }

    @Test func thePreviewIsFramableByTheKioskOnly() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try owner(fixture)
        _ = try put(fixture, session, #"{"name":"<b>Chez Paul</b>"}"#)
        let preview = try fixture.fetch("/api/v1/sessions/\(session)/shop/preview")
        let html = String(decoding: preview.body, as: UTF8.self)
        #expect(preview.status == 200 && html.contains("&lt;b&gt;Chez Paul&lt;/b&gt;") && html.contains("noindex"))
        #expect(preview.headers["x-frame-options"] == "SAMEORIGIN" && preview.headers["cache-control"] == "no-store")
        #expect(preview.headers["content-security-policy"]?.hasSuffix("frame-ancestors 'self'") == true)
        #expect(try fixture.fetch("/s/chez-paul").status == 404, "a draft is not public")
    }

    @Test func qrCodesDecodeToTheirLinks() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        let session = try owner(fixture)
        _ = try put(fixture, session, Self.draft)
        _ = try publish(fixture, session)
        for level in ["L", "M", "Q", "H"] {
            let png = try fixture.fetch("/s/creperie-elodie/qr.png?ecc=\(level)&size=6")
            #expect(png.headers["content-type"] == "image/png")
            #expect(try QRDecode.image(png.body, suffix: "png") == "HTTP://127.0.0.1:8080/s/creperie-elodie")
        }
        let svg = try fixture.fetch("/s/creperie-elodie/qr.svg?for=review")
        #expect(try QRDecode.svg(svg.body) == "HTTPS://G.PAGE/r/abc/review")
        #expect(try fixture.fetch("/s/creperie-elodie/qr.svg?for=instagram").status == 404)
        #expect(try fixture.fetch("/s/creperie-elodie/qr.svg?ecc=Z").status == 422)
        #expect(try fixture.fetch("/s/creperie-elodie/qr.svg?colour=red").status == 422)
    }

    @Test(arguments: ["A4", "A5", "A6"])
    func postersArePrintReady(_ format: String) throws {
        let fixture = try KioskFixture(settings: Self.publicSettings, maxBodyBytes: 16384)
        let session = try owner(fixture)
        _ = try put(fixture, session, Self.draft)
        _ = try publish(fixture, session)
        let poster = try fixture.fetch("/s/creperie-elodie/poster?format=\(format)")
        let html = String(decoding: poster.body, as: UTF8.self)
        #expect(poster.status == 200 && html.contains("@page{size:") && html.components(separatedBy: "<svg").count == 3)
        #expect(poster.headers["x-frame-options"] == "SAMEORIGIN")
        let pdf = try fixture.fetch("/s/creperie-elodie/poster.pdf?format=\(format)")
        #expect(pdf.status == 200 && pdf.headers["content-type"] == "application/pdf" && pdf.body.starts(with: Data("%PDF-".utf8)))
        let size = try #require(["A4": (210, 297), "A5": (148, 210), "A6": (105, 148)][format])
        let box = "/MediaBox [ 0 0 \(Self.points(size.0)) \(Self.points(size.1)) ]"
        #expect(String(decoding: pdf.body, as: UTF8.self).contains(box), "page of \(size.0)×\(size.1) mm")
        #expect(try QRDecode.pdf(pdf.body) == ["HTTPS://G.PAGE/r/abc/review", "HTTPS://VITRINE.EXAMPLE.ORG/Q/00000"],
                "the poster's code, the same in the preview and the PDF")
        #expect(html.contains("<p class=\"code\">Code : 00 000</p>"), "and in words under the symbol")
        let signature = "Avec Chambre de commerce et d’industrie, votre partenaire numérique"
        #expect(html.contains("<p class=\"by\">\(signature)</p>"), "the CCI (content/identity.json) signs the poster")
        #expect(try QRDecode.text(pdf.body).replacingOccurrences(of: "\n", with: " ").contains(signature), "and its PDF")
        setenv("CUPS_SERVER", Scratch.root + "/vitrine-no-cups.sock", 1)  // no scheduler there (real CUPS: Tests/e2e/test_printing.py)
        let printed = try fixture.call("POST", "/api/v1/sessions/\(session)/shop/poster", body: #"{"format":"\#(format)"}"#)
        let refusal = (printed.json as? [String: Any])?["error"] as? [String: Any]
        #expect(printed.status == 503 && refusal?["code"] as? String == "printer_unavailable" && refusal?["reason"] as? String == "cups_unreachable",
                "without CUPS the route says why at once")
        #expect(try fixture.fetch("/s/creperie-elodie/poster?format=A3").status == 422)
        #expect(try fixture.fetch("/s/creperie-elodie/poster.pdf?format=A3").status == 422)
    }

    /// Millimetres as cairo writes them in a MediaBox: points with up to six decimals.
    static func points(_ millimetres: Int) -> String {
        var text = String(format: "%.6f", Double(millimetres) * 72 / 25.4)
        while text.hasSuffix("0") { text.removeLast() }
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    @Test func theDirectoryListsPublishedShops() throws {
        var settings = KioskSettings()
        settings.kioskID = "rue-merciere"
        settings.kioskLabel = "la rue Mercière"
        let fixture = try KioskFixture(settings: settings, maxBodyBytes: 16384)
        let session = try owner(fixture)
        _ = try put(fixture, session, Self.draft)
        _ = try publish(fixture, session)
        let directory = String(decoding: try fixture.fetch("/d/rue-merciere").body, as: UTF8.self)
        #expect(directory.contains("Les commerces de la rue Mercière") && directory.contains("href=\"/s/creperie-elodie\""))
        #expect(try fixture.fetch("/d/other").status == 404)
        let qr = try fixture.fetch("/d/rue-merciere/qr.png")
        #expect(try QRDecode.image(qr.body, suffix: "png") == "HTTP://127.0.0.1:8080/d/rue-merciere")
        #expect(try fixture.fetch("/d/rue-merciere/poster?format=A6").status == 200)
    }

    @Test func theReceiptGoesToTheConfiguredPrinter() throws {
        let device = Scratch.root + "/vitrine-printer-\(UUID().uuidString)"
        try #require(FileManager.default.createFile(atPath: device, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: device) }
        var settings = Self.publicSettings
        settings.receiptPrinter = device
        let fixture = try KioskFixture(settings: settings, maxBodyBytes: 16384)
        let session = try owner(fixture)
        _ = try put(fixture, session, Self.draft)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/shop/receipt", body: "{}").status == 409)
        _ = try publish(fixture, session)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/shop/receipt", body: "{}").status == 204)
        let job = try Data(contentsOf: URL(fileURLWithPath: device))
        #expect(String(decoding: job.prefix(60), as: UTF8.self).contains("CREPERIE ELODIE"))
        #expect(try QRDecode.image(Self.pbm(fromESCPOS: [UInt8](job)), suffix: "pbm") == "HTTPS://VITRINE.EXAMPLE.ORG/Q/00000")
        #expect(String(decoding: job.suffix(40), as: UTF8.self).contains("CODE : 00 000"), "the ticket's code in words under the symbol")
        try FileManager.default.removeItem(atPath: device)
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/shop/receipt", body: "{}").status == 503)
    }

    /// The `GS v 0` raster of an ESC/POS job as a PBM image (1 = black, rows padded to bytes).
    static func pbm(fromESCPOS job: [UInt8]) throws -> Data {
        let start = try #require(job.indices.first { job[$0...].starts(with: [0x1D, 0x76, 0x30]) })
        let bytesPerRow = Int(job[start + 4]) | Int(job[start + 5]) << 8
        let rows = Int(job[start + 6]) | Int(job[start + 7]) << 8
        return Data("P4\n\(bytesPerRow * 8) \(rows)\n".utf8) + Data(job[(start + 8)..<(start + 8 + bytesPerRow * rows)])
    }
}

/// Issue 12: the page builder's messages say what is wrong, with an example, in the visitor's language.
@Suite("Page builder messages", .ownThreads)
struct ShopMessageTests {
    func message(_ fixture: KioskFixture, language: String, postcode: String) throws -> String? {
        let session = try fixture.startSession(language)
        let hash = try #require((try fixture.call("GET", "/api/v1/privacy?lang=\(language)").json as? [String: Any])?["noticeHash"] as? String)
        _ = try fixture.call("POST", "/api/v1/sessions/\(session)/consent",
                             body: #"{"purposes":["publish"],"hub":false,"noticeHash":"\#(hash)","pin":"4826"}"#)
        let reply = try fixture.call("PUT", "/api/v1/sessions/\(session)/shop",
                                     body: #"{"name":"Boulangerie","postcode":"\#(postcode)","city":"Lyon"}"#)
        let problems = (reply.json as? [String: Any])?["problems"] as? [[String: String]] ?? []
        return problems.first { $0["field"] == "postcode" }?["message"]
    }

    @Test func unknownDepartmentAndWrongLengthAreTwoMessages() throws {
        let fixture = try KioskFixture(maxBodyBytes: 16384)
        #expect(try message(fixture, language: "fr", postcode: "96002")
                == "Ce code postal n’existe pas\u{a0}: aucun département ne commence par 96. Par exemple 69002 pour Lyon.")
        #expect(try message(fixture, language: "fr", postcode: "6900") == "Un code postal a 5 chiffres, par exemple 69002.")
        #expect(try message(fixture, language: "en", postcode: "96002")?.contains("no département starts with 96") == true)
        #expect(try message(fixture, language: "en", postcode: "6900") == "A postcode has 5 digits, for example 69002.")
        #expect(try message(fixture, language: "fr", postcode: "69002") == nil)
    }
}

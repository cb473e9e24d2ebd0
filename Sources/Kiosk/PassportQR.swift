import HTTPServer
import QRCode

/// The QR code printed on the passport: the owner's public passport page on the hub
/// (`<public_base_url>/p/<token>`), for owners who let the hub receive their data.
enum PassportQR {
    static func reply(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        guard let owner = try services.ownerID(of: session),
              let token = try services.storage({ try services.owners.record(ownerID: owner) })?.passportToken else {
            throw .notFound("This passport has no public page (no consent to share it with the CCI hub).")
        }
        let url = services.settings.publicBaseURL + "/p/" + token
        guard let matrix = try? QRCode.matrix(forURL: url) else { throw KioskRoutes.internalError }
        let svg = QRCode.svg(matrix, moduleSize: 8, quietZone: 4, title: "QR code : passeport numérique")
        return .response(Response(status: 200, headers: [("Content-Type", "image/svg+xml; charset=utf-8"),
                                                         ("Cache-Control", "no-store")], body: Array(svg.utf8)))
    }
}

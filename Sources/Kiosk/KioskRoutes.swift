import HTTPServer
import Logging
import Onboarding
import Tokens

/// The JSON API under `/api/v1/`. Every route is documented in `api/openapi.json` (the
/// `APIDocument`), and a test keeps the two in step.
enum KioskRoutes {
    static func make(_ services: KioskServices, document: APIDocument) -> Router {
        var router = Router()
        let openAPI = PreparedResponse(Response(headers: [("Content-Type", "application/json; charset=utf-8"),
                                                          ("Cache-Control", "no-cache")],
                                                body: document.bytes))
        router.add(.get, "/api/v1/openapi.json") { _ throws(HTTPError) in
            guard let openAPI else { throw internalError }
            return .prepared(openAPI)
        }
        router.add(.get, "/api/v1/kiosk") { _ throws(HTTPError) in
            JSONBody.response(KioskInfo(services.settings, content: services.content))
        }
        let logo = IdentityLogo.response(services.content.identity)
        router.add(.get, IdentityLogo.path) { _ throws(HTTPError) in
            guard let logo else { throw internalError }
            return .prepared(logo)
        }
        SessionRoutes.add(to: &router, services)
        JourneyRoutes.add(to: &router, services)
        ConsentRoutes.add(to: &router, services)
        ShopRoutes.add(to: &router, services)
        services.site.add(to: &router)
        return router
    }

    static let internalError = HTTPError(status: 500, code: "internal", message: "Internal error.")

    /// Session ids are UUIDs; anything else is refused before touching the database.
    static func sessionID(_ request: Request) throws(HTTPError) -> String {
        let id = request.parameters["id"] ?? ""
        guard RandomUUID.isValid(id) else { throw .invalidField("id", "must be a session id (a UUID)") }
        return id.lowercased()
    }

    /// `?lang=fr|en`, French when absent.
    static func language(_ request: Request) throws(HTTPError) -> Language {
        guard let code = request.query["lang"] else { return .fr }
        guard let language = Language(rawValue: code) else { throw .invalidField("lang", "must be one of fr, en") }
        return language
    }
}

/// What the UI needs to know about this kiosk before the first screen.
struct KioskInfo: Encodable {
    /// Whether printed QR codes would work; the UI shows a demonstration banner when not.
    struct PublicAddressState: Encodable { let ready: Bool }
    /// The CCI's identity for the attract screen and the header.
    struct Identity: Encodable { let name, shortName, color, logo: String }

    let version = Version.current
    let languages: [String]
    let idleSeconds: Int
    let countdownSeconds: Int
    let receiptPrinter: Bool
    let publicBaseURL: String
    let publicAddress: PublicAddressState
    let identity: Identity

    init(_ settings: KioskSettings, content: ContentLibrary) {
        languages = content.languages
        idleSeconds = settings.idleSeconds
        countdownSeconds = settings.countdownSeconds
        receiptPrinter = settings.receiptPrinter != nil
        publicBaseURL = settings.publicBaseURL
        publicAddress = PublicAddressState(ready: PublicAddress.isReady(settings.publicBaseURL))
        let identity = content.identity
        self.identity = Identity(name: identity.name, shortName: identity.shortName, color: identity.color, logo: IdentityLogo.path)
    }
}

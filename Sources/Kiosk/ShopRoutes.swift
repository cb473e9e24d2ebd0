import HTTPServer
import JSON
import Onboarding
import Pages
import PublicPages
import Time

/// The page builder: the draft saved on every change, a live preview, publishing, and the
/// prints (poster, receipt). Only for an owner who consented to publishing.
enum ShopRoutes {
    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.get, "/api/v1/trades") { request throws(HTTPError) in
            JSONBody.response(try services.content(for: request).0.trades.map(TradeView.init))
        }
        router.add(.get, "/api/v1/sessions/{id}/shop") { request throws(HTTPError) in
            let (session, owner) = try publishingOwner(request, services)
            guard let record = try services.storage({ try services.shops.find(ownerID: owner) }) else {
                throw .notFound("No page has been started in this visit.")
            }
            return try state(record, session, services)
        }
        router.add(.put, "/api/v1/sessions/{id}/shop") { request throws(HTTPError) in
            let (session, owner) = try publishingOwner(request, services)
            let draft = try JSONBody.decode(ShopDraft.self, from: request)
            let text = try encoded(draft)
            guard let record = try services.storage({ try services.shops.saveDraft(ownerID: owner, draft: text) }) else {
                throw KioskRoutes.internalError
            }
            return try state(record, session, services)
        }
        router.add(.get, "/api/v1/sessions/{id}/shop/preview") { request throws(HTTPError) in
            try preview(request, services)
        }
        router.add(.post, "/api/v1/sessions/{id}/shop/publish") { request throws(HTTPError) in
            try publish(request, services)
        }
        router.add(.delete, "/api/v1/sessions/{id}/shop/publish") { request throws(HTTPError) in
            let (session, owner) = try publishingOwner(request, services)
            guard let record = try services.storage({ try services.shops.unpublish(ownerID: owner) }) else {
                throw .notFound("No page has been started in this visit.")
            }
            return try state(record, session, services)
        }
        router.add(.post, "/api/v1/sessions/{id}/shop/slug") { request throws(HTTPError) in
            try takeSuggestedSlug(request, services)
        }
        PrintRoutes.add(to: &router, services)
    }

    struct SlugBody: Decodable { let slug: String }

    /// The one-tap answer to a slug conflict: the shop moves to the slug the hub suggested.
    private static func takeSuggestedSlug(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let (session, owner) = try publishingOwner(request, services)
        let slug = try JSONBody.decode(SlugBody.self, from: request).slug
        switch try services.storage({ try services.shops.takeSuggestedSlug(ownerID: owner, slug: slug, sessionID: session.id) }) {
        case .changed(let record):
            return try state(record, session, services)
        case .notSuggested:
            throw .invalidField("slug", "is not the address suggested for this shop")
        case .taken:
            throw HTTPError(status: 409, code: "slug_taken", message: "This address was taken meanwhile.")
        }
    }

    /// The session and its owner, who must have agreed to publishing (403 otherwise, so the UI
    /// can take the visitor through consent first).
    static func publishingOwner(_ request: Request, _ services: KioskServices) throws(HTTPError) -> (VisitorSession, String) {
        let session = try services.activeSession(request)
        guard let owner = try services.ownerID(of: session),
              try services.storage({ try services.owners.purposes(ownerID: owner) }).contains(.publish) else {
            throw HTTPError(status: 403, code: "consent_required",
                            message: "Publishing a page needs the owner's consent to the 'publish' purpose.")
        }
        return (session, owner)
    }

    /// The owner's draft, checked against the content's trades.
    static func checked(_ record: Shops.Record, _ services: KioskServices) throws(HTTPError) -> (ShopDraft, ShopCheck) {
        guard let draft = try? JSON.decode(ShopDraft.self, from: Array(record.draft.utf8)) else { throw KioskRoutes.internalError }
        let trades = Set(services.content.french.trades.map(\.id))
        return (draft, ShopValidation.check(draft, trades: trades))
    }

    private static func state(_ record: Shops.Record, _ session: VisitorSession, _ services: KioskServices) throws(HTTPError) -> Reply {
        let (draft, check) = try checked(record, services)
        let texts = services.content.content(for: session.language.rawValue).pageTexts
        return JSONBody.response(ShopState(record, draft: draft, check: check, texts: texts, sessionID: session.id,
                                           publicBaseURL: services.settings.publicBaseURL))
    }

    private static func preview(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let (session, owner) = try publishingOwner(request, services)
        guard let record = try services.storage({ try services.shops.find(ownerID: owner) }) else {
            throw .notFound("No page has been started in this visit.")
        }
        let (_, check) = try checked(record, services)
        let content = services.content.content(for: session.language.rawValue)
        var profile = check.profile
        if profile.name.isEmpty { profile.name = "…" }
        let trade = content.trades.first { $0.id == profile.trade }
        let page = ShopPage.render(profile, trade: trade, links: ShopLinks(page: nil, vcard: nil), content: content,
                                   now: Timestamp.now().civil(in: .paris), preview: true)
        var response = PublicSite.html(page)
        response.headers.append(("Cache-Control", "no-store"))
        return .response(response)
    }

    private static func publish(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let (session, owner) = try publishingOwner(request, services)
        guard let record = try services.storage({ try services.shops.find(ownerID: owner) }) else {
            throw .notFound("No page has been started in this visit.")
        }
        let (_, check) = try checked(record, services)
        guard check.isPublishable else {
            throw HTTPError(status: 422, code: "shop_incomplete",
                            message: "The page cannot be published yet: \(check.problems.map(\.field).joined(separator: ", ")).")
        }
        let page = try encoded(check.profile)
        guard let published = try services.storage({
            try services.shops.publish(ownerID: owner, page: page, name: check.profile.name, sessionID: session.id)
        }) else { throw KioskRoutes.internalError }
        return try state(published, session, services)
    }

    static func encoded<T: Encodable>(_ value: T) throws(HTTPError) -> String {
        guard let bytes = try? JSON.encode(value) else { throw KioskRoutes.internalError }
        return String(decoding: bytes, as: UTF8.self)
    }
}

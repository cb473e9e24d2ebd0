import Onboarding
import Pages
import Time

/// What the page builder's API answers: the draft as saved, its problems in the visitor's
/// language, and where the page and its posters are once published.
struct ShopState: Encodable {
    struct Problem: Encodable {
        let field: String
        let code: String
        let message: String
    }

    struct Links: Encodable {
        let preview: String
        let page: String?
        let localPage: String?
        let posters: [String: String]?
        let qr: String?
    }

    let draft: ShopDraft
    let problems: [Problem]
    let publishable: Bool
    let slug: String?
    let published: Bool
    let publishedAt: Timestamp?
    let links: Links

    init(_ record: Shops.Record, draft: ShopDraft, check: ShopCheck, texts: PageTexts, sessionID: String, publicBaseURL: String) {
        self.draft = draft
        problems = check.problems.map { problem in
            Problem(field: problem.field, code: problem.code,
                    message: texts(problem.code, problem.placeholders))
        }
        publishable = check.isPublishable
        slug = record.slug
        published = record.page != nil
        publishedAt = record.publishedAt
        let local = published ? record.slug.map { "/s/" + $0 } : nil
        links = Links(preview: "/api/v1/sessions/\(sessionID)/shop/preview",
                      page: local.map { publicBaseURL + $0 }, localPage: local,
                      posters: local.map { path in
                          Dictionary(uniqueKeysWithValues: PosterFormat.allCases.map { ($0.rawValue, path + "/poster?format=" + $0.rawValue) })
                      },
                      qr: local.map { $0 + "/qr.svg" })
    }
}

/// A trade as the page builder lists it.
struct TradeView: Encodable {
    let id: String
    let label: String

    init(_ trade: Trade) {
        id = trade.id
        label = trade.label
    }
}

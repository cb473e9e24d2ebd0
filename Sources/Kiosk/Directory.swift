import HTTPServer
import Onboarding
import Pages

/// `/d/<kiosk>`: every shop published from this kiosk, the street's "coopérative numérique".
enum Directory {
    static func page(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        _ = try publicURL(request, services)
        return try services.pages.reply(request.path, request) { () throws(HTTPError) in
            let content = services.content.french
            let records = try services.storage { try services.shops.allPublished() }
            let entries = records.compactMap { record -> DirectoryPage.Entry? in
                guard let slug = record.slug, let page = record.page,
                      let profile = try? JSONBody.decodeStored(ShopProfile.self, page) else { return nil }
                let trade = content.trades.first { $0.id == profile.trade }?.label
                let detail = [trade, profile.address?.city].compactMap { $0 }.joined(separator: " · ")
                return DirectoryPage.Entry(name: profile.name, detail: detail.isEmpty ? nil : detail, path: "/s/" + slug)
            }
            let page = DirectoryPage.render(kioskLabel: services.settings.kioskLabel, entries: entries,
                                            posterPath: request.path + "/poster", texts: content.pageTexts, language: "fr")
            var response = PublicRoutes.html(page)
            response.headers.append(("Cache-Control", "public, max-age=60"))
            return PageCache.Built(response: response)
        }
    }

    /// The directory's public address; 404 for another kiosk's name.
    static func publicURL(_ request: Request, _ services: KioskServices) throws(HTTPError) -> String {
        guard request.parameters["kiosk"] == services.settings.kioskID else {
            throw .notFound("This kiosk's directory is /d/\(services.settings.kioskID).")
        }
        return services.settings.publicBaseURL + "/d/" + services.settings.kioskID
    }
}

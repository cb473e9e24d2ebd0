import Pages
/// The hub's dashboard (`/admin`, `/admin/kiosks/<id>`): key figures, charts with their tables,
/// poster scans (the programme's outcome, beside the funnel), targets, call-back requests to handle, slug conflicts and kiosks. Every stored string is
/// escaped (topics, names and phone numbers come from kiosks' reports); no script; the style is
/// allowed by its hash; forms carry the session's CSRF token.
public enum DashboardPage {
    public static func render(_ figures: DashboardFigures, context: DashboardContext) -> RenderedPage {
        let title = context.kiosk.map { DashboardTexts.fill(DashboardTexts.kioskTitle, ["kiosk": $0]) } ?? DashboardTexts.overview
        var page = HTMLWriter(capacity: 32_768)
        DashboardFrame.open(&page, title: title, context: context)
        page.element("<h1>", title, "</h1>")
        keys(&page, figures)
        DashboardSections.visits(&page, figures.weeks)
        DashboardSections.funnel(&page, figures.funnel)
        DashboardSections.posterScans(&page, figures.posterScans)
        DashboardSections.scores(&page, figures.dimensions)
        DashboardSections.targets(&page, figures.targets, onboarded: figures.onboarded)
        DashboardTables.requests(&page, figures.advisorRequests, paging: figures.requestPaging, context: context)
        DashboardTables.conflicts(&page, figures.conflicts)
        if context.kiosk == nil { DashboardTables.kiosks(&page, figures.kiosks) }
        DashboardTables.exports(&page, kiosk: context.kiosk)
        return DashboardFrame.close(&page)
    }

    private static func keys(_ page: inout HTMLWriter, _ figures: DashboardFigures) {
        let open = figures.requestPaging.total
        let items = [(DashboardTexts.keyVisits, figures.funnel.visits), (DashboardTexts.keyDiagnostics, figures.funnel.diagnostics),
                     (DashboardTexts.keyPages, figures.funnel.pages), (DashboardTexts.keyPosters, figures.funnel.posters),
                     (DashboardTexts.keyScans, figures.posterScans.scans), (DashboardTexts.keyOpenRequests, open)]
        page.raw("<ul class=\"keys\">")
        for (label, value) in items {
            page.element("<li><strong>", String(value), "</strong>")
            page.text(label)
            page.raw("</li>")
        }
        page.raw("</ul>")
    }
}

/// The page around the dashboard's content: head with its policy, the header with navigation
/// and the logout form.
enum DashboardFrame {
    static func open(_ page: inout HTMLWriter, title: String, context: DashboardContext?) {
        page.raw("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
        page.element("<title>", title + " · " + DashboardTexts.product, "</title><style>")
        page.trusted(DashboardStyle.dashboard)
        page.raw("</style></head><body><header>")
        page.element("<strong>", DashboardTexts.product, "</strong>")
        if let context {
            page.raw("<nav><a href=\"/admin\">")
            page.text(DashboardTexts.overview)
            page.raw("</a></nav><span>")
            page.text(DashboardTexts.fill(DashboardTexts.signedInAs, ["name": context.admin]))
            page.raw("</span><form method=\"post\" action=\"/admin/logout\">")
            csrf(&page, context.csrf)
            page.element("<button type=\"submit\">", DashboardTexts.logout, "</button></form>")
        }
        page.raw("</header><main>")
    }

    static func close(_ page: inout HTMLWriter) -> RenderedPage {
        page.raw("</main></body></html>\n")
        return RenderedPage(html: page.html, contentSecurityPolicy: PageSecurity.formPolicy(style: DashboardStyle.dashboard))
    }

    static func csrf(_ page: inout HTMLWriter, _ token: String) {
        page.raw("<input type=\"hidden\" name=\"csrf\" value=\"")
        page.attribute(token)
        page.raw("\">")
    }
}

import Pages
import Onboarding

/// The owner's public "passeport numérique" on the hub (`/p/<token>`), reached from the QR code
/// on the printed passport: the steps done (diagnostic score and level, trainings passed, page,
/// poster, advisor call asked for) and nothing else personal — no name, no phone, no answers.
/// Mobile first, no script, style by hash; not indexed by search engines.
public enum PassportPage {
    /// `pagePath` is the shop's public page (`/s/<slug>`) while it is published; `posters` the
    /// posters printed at the kiosk, each with its scans this month.
    public static func render(_ passport: Passport, pagePath: String?, posters: [PrintedPoster] = []) -> RenderedPage {
        let style = DashboardStyle.passport
        var page = HTMLWriter()
        page.raw("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
        page.element("<title>", DashboardTexts.passportTitle, "</title><style>")
        page.trusted(style)
        page.element("</style></head><body><header><h1>", DashboardTexts.passportTitle, "</h1>")
        page.element("<p>", DashboardTexts.passportLead, "</p></header><main>")
        diagnostic(&page, passport.diagnostic)
        trainings(&page, passport.trainingsPassed)
        step(&page, DashboardTexts.passportPage, passport.pagePublished.map(DashboardFormat.date), done: DashboardTexts.passportDoneOn)
        if let pagePath, passport.pagePublished != nil {
            page.raw("<p>")
            page.link(pagePath, DashboardTexts.passportPageLink)
            page.raw("</p>")
        }
        page.raw("</section>")
        step(&page, DashboardTexts.passportPoster, passport.posterPrinted.map(DashboardFormat.date), done: DashboardTexts.passportDoneOn)
        scans(&page, posters)
        page.raw("</section>")
        step(&page, DashboardTexts.passportAdvisor, passport.advisorRequested.map(DashboardFormat.date), done: DashboardTexts.passportAskedOn)
        page.raw("</section>")
        page.element("</main><footer>", DashboardTexts.passportFooter, "</footer></body></html>\n")
        return RenderedPage(html: page.html, contentSecurityPolicy: PageSecurity.policy(style: style, frameable: false))
    }

    /// The page for an unknown token, or an owner who withdrew their consent: says nothing more.
    public static func notFound() -> RenderedPage {
        let style = DashboardStyle.passport
        var page = HTMLWriter()
        page.raw("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
        page.element("<title>", DashboardTexts.passportTitle, "</title><style>")
        page.trusted(style)
        page.element("</style></head><body><header><h1>", DashboardTexts.passportTitle, "</h1></header><main><section>")
        page.element("<p>", DashboardTexts.passportMissing, "</p></section></main></body></html>\n")
        return RenderedPage(html: page.html, contentSecurityPolicy: PageSecurity.policy(style: style, frameable: false))
    }

    private static func diagnostic(_ page: inout HTMLWriter, _ stamp: DiagnosticStamp?) {
        page.element("<section><h2>", DashboardTexts.passportDiagnostic, "</h2>")
        if let stamp {
            let level = stamp.level?.name ?? "—"
            page.element("<p class=\"done\">", DashboardTexts.fill(DashboardTexts.passportScore, ["score": String(stamp.overall), "level": level]), "</p>")
            page.element("<p>", DashboardTexts.fill(DashboardTexts.passportDiagnosticDate, ["date": DashboardFormat.date(stamp.at)]), "</p>")
        } else {
            page.element("<p class=\"todo\">", DashboardTexts.passportNotYet, "</p>")
        }
        page.raw("</section>")
    }

    private static func trainings(_ page: inout HTMLWriter, _ stamps: [TrainingStamp]) {
        page.element("<section><h2>", DashboardTexts.passportTrainings, "</h2>")
        if stamps.isEmpty {
            page.element("<p class=\"todo\">", DashboardTexts.passportNotYet, "</p>")
        } else {
            page.raw("<ul>")
            for stamp in stamps {
                page.element("<li class=\"done\">", stamp.title + " · " + DashboardFormat.date(stamp.at), "</li>")
            }
            page.raw("</ul>")
        }
        page.raw("</section>")
    }

    /// "Votre affiche A4 du 3 décembre : 37 scans ce mois-ci", one line per printed poster.
    private static func scans(_ page: inout HTMLWriter, _ posters: [PrintedPoster]) {
        guard !posters.isEmpty else { return }
        page.raw("<ul class=\"scans\">")
        for poster in posters {
            let text = poster.scansThisMonth == 1 ? DashboardTexts.passportPosterScan : DashboardTexts.passportPosterScans
            page.element("<li>", DashboardTexts.fill(text, ["format": poster.format, "date": DashboardFormat.dayInMonth(poster.printed),
                                                            "count": String(poster.scansThisMonth)]), "</li>")
        }
        page.raw("</ul>")
    }

    /// Opens the step's section (the caller closes it, after any link).
    private static func step(_ page: inout HTMLWriter, _ heading: String, _ date: String?, done: String) {
        page.element("<section><h2>", heading, "</h2>")
        if let date {
            page.element("<p class=\"done\">", DashboardTexts.fill(done, ["date": date]), "</p>")
        } else {
            page.element("<p class=\"todo\">", DashboardTexts.passportNotYet, "</p>")
        }
    }
}

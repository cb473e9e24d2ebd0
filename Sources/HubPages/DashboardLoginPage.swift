import Pages
/// The dashboard's login form and its error pages: plain HTML forms, no script.
public enum DashboardLoginPage {
    /// Why the form is shown again.
    public enum Notice: Sendable, Equatable {
        case refused
        case locked(minutes: Int)
        case expired
    }

    /// `loginToken` repeats the login cookie (double submit) so another site cannot log a
    /// browser into an account of its choosing.
    public static func render(loginToken: String, name: String = "", notice: Notice? = nil) -> RenderedPage {
        var page = HTMLWriter()
        DashboardFrame.open(&page, title: DashboardTexts.loginTitle, context: nil)
        page.element("<div class=\"login\"><h1>", DashboardTexts.loginTitle, "</h1>")
        if let notice { page.element("<p class=\"error\" role=\"alert\">", text(notice), "</p>") }
        page.raw("<form method=\"post\" action=\"/admin/login\">")
        page.raw("<input type=\"hidden\" name=\"login\" value=\"")
        page.attribute(loginToken)
        page.element("\"><label for=\"name\">", DashboardTexts.loginName, "</label>")
        page.raw("<input id=\"name\" name=\"name\" autocomplete=\"username\" autocapitalize=\"none\" required value=\"")
        page.attribute(name)
        page.element("\"><label for=\"password\">", DashboardTexts.loginPassword, "</label>")
        page.raw("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
        page.element("<button type=\"submit\">", DashboardTexts.loginSubmit, "</button></form></div>")
        return DashboardFrame.close(&page)
    }

    private static func text(_ notice: Notice) -> String {
        switch notice {
        case .refused: DashboardTexts.loginRefused
        case .locked(let minutes): DashboardTexts.fill(DashboardTexts.loginLocked, ["minutes": String(minutes)])
        case .expired: DashboardTexts.loginExpired
        }
    }
}

/// A short HTML page for a refusal or a missing page under `/admin`.
public enum DashboardMessagePage {
    public enum Kind: Sendable {
        case notFound, forbidden, unauthorized
        /// Any other refusal (bad form, storage unavailable): `detail` says why.
        case failed
    }

    public static func render(_ kind: Kind, detail: String? = nil) -> RenderedPage {
        let (title, text, link, label): (String, String, String, String) = switch kind {
        case .notFound: (DashboardTexts.notFoundTitle, detail ?? "", "/admin", DashboardTexts.backToDashboard)
        case .forbidden: (DashboardTexts.forbiddenTitle, DashboardTexts.forbiddenText, "/admin", DashboardTexts.backToDashboard)
        case .unauthorized: (DashboardTexts.unauthorizedTitle, DashboardTexts.unauthorizedText, "/admin/login", DashboardTexts.backToLogin)
        case .failed: (DashboardTexts.failedTitle, detail ?? "", "/admin", DashboardTexts.backToDashboard)
        }
        var page = HTMLWriter()
        DashboardFrame.open(&page, title: title, context: nil)
        page.element("<h1>", title, "</h1>")
        if !text.isEmpty { page.element("<p>", text, "</p>") }
        page.raw("<p>")
        page.link(link, label)
        page.raw("</p>")
        return DashboardFrame.close(&page)
    }
}

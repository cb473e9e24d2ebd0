import Onboarding
import Time

extension ShopPage {
    /// The week, Monday first, today's row marked; then the closures still to come.
    static func hours(_ page: inout HTMLWriter, _ profile: ShopProfile, today: CivilDate, texts: PageTexts,
                      format: DisplayFormat) {
        guard !profile.hours.isEmpty else { return }
        page.element("<section><h2>", texts("heading-hours"), "</h2><table>")
        for day in 1...7 {
            page.raw(day == today.weekday ? "<tr class=\"today\"><th scope=\"row\">" : "<tr><th scope=\"row\">")
            page.text(texts("day-\(day)"))
            page.raw("</th><td>")
            let intervals = profile.hours.filter { $0.day == day }
            if intervals.isEmpty { page.text(texts("closed-day")) }
            for (index, interval) in intervals.enumerated() {
                if index > 0 { page.raw(", ") }
                page.text(format.time(interval.opens) + "\u{2009}–\u{2009}" + format.time(interval.closes))
            }
            page.raw("</td></tr>")
        }
        page.raw("</table>")
        closures(&page, profile.closures.filter { $0.to >= today }.prefix(4), texts: texts, format: format)
        page.raw("</section>")
    }

    private static func closures(_ page: inout HTMLWriter, _ closures: ArraySlice<Closure>, texts: PageTexts,
                                 format: DisplayFormat) {
        guard !closures.isEmpty else { return }
        page.element("<h2>", texts("heading-closures"), "</h2><ul>")
        for closure in closures {
            let when = closure.from == closure.to
                ? texts("closure-day", ["date": format.dayAndMonth(closure.from)])
                : texts("closure-range", ["from": format.dayAndMonth(closure.from), "to": format.dayAndMonth(closure.to)])
            page.element("<li>", [when, closure.label].compactMap { $0 }.joined(separator: " – "), "</li>")
        }
        page.raw("</ul>")
    }

    /// Address, phone and e-mail as text (some people copy them), and the social links.
    static func contact(_ page: inout HTMLWriter, _ profile: ShopProfile, texts: PageTexts, format: DisplayFormat) {
        let social = [(profile.facebook, texts("facebook")), (profile.instagram, texts("instagram"))]
            .compactMap { url, label in url.map { ($0, label) } }
        guard profile.address != nil || profile.phone != nil || profile.email != nil || !social.isEmpty else { return }
        page.element("<section><h2>", texts("heading-contact"), "</h2><address>")
        if let address = profile.address {
            if let street = address.street { page.element("<p>", street, "</p>") }
            page.element("<p>", address.postcode + " " + address.city, "</p>")
        }
        if let phone = profile.phone {
            page.raw("<p>")
            page.link("tel:" + phone, DisplayFormat.phone(phone))
            page.raw("</p>")
        }
        if let email = profile.email {
            page.raw("<p>")
            page.link("mailto:" + email, email)
            page.raw("</p>")
        }
        for (url, label) in social {
            page.raw("<p>")
            page.link(url, label, relation: "noopener")
            page.raw("</p>")
        }
        page.raw("</address></section>")
    }
}

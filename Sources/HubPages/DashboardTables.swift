import Pages
/// The dashboard's lists: call-back requests (with their "mark done" forms), slug conflicts,
/// kiosks, and the CSV exports.
enum DashboardTables {
    static func requests(_ page: inout HTMLWriter, _ requests: [DashboardFigures.AdvisorRequestRow], paging: DashboardFigures.Paging,
                         context: DashboardContext) {
        page.element("<section id=\"rappels\"><h2>", DashboardTexts.requestsHeading, "</h2>")
        guard !requests.isEmpty else {
            page.element("<p class=\"muted\">", DashboardTexts.requestsNone, "</p></section>")
            return
        }
        header(&page, DashboardTexts.requestColumns)
        for request in requests {
            page.raw(request.doneAt == nil ? "<tr>" : "<tr class=\"done\">")
            page.element("<td>", DashboardFormat.dateTime(request.requestedAt), "</td><td>")
            kioskLink(&page, request.kiosk)
            page.element("</td><td>", request.topic, "</td>")
            page.element("<td>", request.preferredTime, "</td>")
            page.element("<td>", request.name ?? DashboardTexts.notShared, "</td>")
            page.element("<td>", request.phone ?? DashboardTexts.notShared, "</td><td>")
            if let done = request.doneAt {
                page.text(DashboardTexts.fill(DashboardTexts.doneOn, ["date": DashboardFormat.dateTime(done)]))
            } else {
                doneForm(&page, request.id, context: context)
            }
            page.raw("</td></tr>")
        }
        page.raw("</tbody></table>")
        pages(&page, paging, base: context.kiosk.map { "/admin/kiosks/" + $0 } ?? "/admin")
        page.raw("</section>")
    }

    /// "Page 2 of 7" with links to the previous and next pages of open requests.
    private static func pages(_ page: inout HTMLWriter, _ paging: DashboardFigures.Paging, base: String) {
        guard paging.pageCount > 1 else { return }
        page.raw("<nav class=\"pages\" aria-label=\"")
        page.attribute(DashboardTexts.requestsPages)
        page.raw("\">")
        if paging.page > 1 { page.link(base + "?rappels=" + String(paging.page - 1) + "#rappels", DashboardTexts.previousPage) }
        page.element(" <span>", DashboardTexts.fill(DashboardTexts.pageOf, ["page": String(paging.page), "count": String(paging.pageCount),
                                                                        "total": String(paging.total)]), "</span> ")
        if paging.page < paging.pageCount { page.link(base + "?rappels=" + String(paging.page + 1) + "#rappels", DashboardTexts.nextPage) }
        page.raw("</nav>")
    }

    private static func doneForm(_ page: inout HTMLWriter, _ id: String, context: DashboardContext) {
        page.raw("<form method=\"post\" action=\"/admin/advisor-requests/done\">")
        DashboardFrame.csrf(&page, context.csrf)
        page.raw("<input type=\"hidden\" name=\"request\" value=\"")
        page.attribute(id)
        page.raw("\"><input type=\"hidden\" name=\"back\" value=\"")
        page.attribute(context.kiosk.map { "/admin/kiosks/" + $0 } ?? "/admin")
        page.element("\"><button type=\"submit\">", DashboardTexts.markDone, "</button></form>")
    }

    static func conflicts(_ page: inout HTMLWriter, _ conflicts: [DashboardFigures.SlugConflictRow]) {
        page.element("<section><h2>", DashboardTexts.conflictsHeading, "</h2>")
        guard !conflicts.isEmpty else {
            page.element("<p class=\"muted\">", DashboardTexts.conflictsNone, "</p></section>")
            return
        }
        header(&page, DashboardTexts.conflictColumns)
        for conflict in conflicts {
            page.element("<tr><td>/s/", conflict.slug, "</td><td>")
            kioskLink(&page, conflict.kiosk)
            page.raw("</td><td>")
            if let holder = conflict.holder { kioskLink(&page, holder) }
            page.element("</td><td>", DashboardFormat.dateTime(conflict.at), "</td></tr>")
        }
        page.raw("</tbody></table></section>")
    }

    static func kiosks(_ page: inout HTMLWriter, _ kiosks: [DashboardFigures.KioskRow]) {
        page.element("<section><h2>", DashboardTexts.kiosksHeading, "</h2>")
        guard !kiosks.isEmpty else {
            page.element("<p class=\"muted\">", DashboardTexts.kiosksNone, "</p></section>")
            return
        }
        header(&page, DashboardTexts.kioskColumns)
        for kiosk in kiosks {
            page.raw("<tr><td>")
            kioskLink(&page, kiosk.id)
            page.element("</td><td><code>", kiosk.prefix, "</code></td>")
            page.element("<td>", kiosk.lastReport.map(DashboardFormat.dateTime) ?? DashboardTexts.never, "</td>")
            page.element("<td class=\"n\">", String(kiosk.visits), "</td></tr>")
        }
        page.raw("</tbody></table></section>")
    }

    static func exports(_ page: inout HTMLWriter, kiosk: String?) {
        page.element("<section><h2>", DashboardTexts.exportsHeading, "</h2><ul>")
        for (name, label) in DashboardTexts.exports {
            page.raw("<li>")
            page.link("/admin/export/" + name + ".csv" + (kiosk.map { "?kiosk=" + $0 } ?? ""), label)
            page.raw("</li>")
        }
        page.raw("</ul></section>")
    }

    private static func header(_ page: inout HTMLWriter, _ columns: [String]) {
        page.raw("<table><thead><tr>")
        for column in columns { page.element("<th scope=\"col\">", column, "</th>") }
        page.raw("</tr></thead><tbody>")
    }

    /// Kiosk ids are checked names (a-z, 0-9, '-'), but they are escaped like anything else.
    private static func kioskLink(_ page: inout HTMLWriter, _ kiosk: String) {
        page.link("/admin/kiosks/" + kiosk, kiosk)
    }
}

import Pages
/// The dashboard's charts, each beside a table of the same figures.
enum DashboardSections {
    static func visits(_ page: inout HTMLWriter, _ weeks: [DashboardFigures.WeekCount]) {
        page.element("<section><h2>", DashboardTexts.visitsHeading, "</h2><div class=\"pair\">")
        let bars = weeks.map { SVGChart.Bar(label: DashboardFormat.dayMonth($0.monday), value: $0.visits) }
        let title = DashboardTexts.fill(DashboardTexts.visitsChart, [
            "first": weeks.first.map { DashboardFormat.date($0.monday) } ?? "", "last": weeks.last.map { DashboardFormat.date($0.monday) } ?? "",
        ])
        page.trusted(SVGChart.columns(bars, title: title, id: "chart-visits"))
        table(&page, header: [DashboardTexts.weekColumn, DashboardTexts.visitsColumn],
              rows: weeks.map { [DashboardFormat.date($0.monday), String($0.visits)] })
        page.raw("</div></section>")
    }

    static func funnel(_ page: inout HTMLWriter, _ funnel: DashboardFigures.Funnel) {
        page.element("<section><h2>", DashboardTexts.funnelHeading, "</h2>")
        page.element("<p class=\"muted\">", DashboardTexts.funnelLead, "</p><div class=\"pair\">")
        let steps = zip(DashboardTexts.funnelSteps, funnel.steps).map { label, count in
            (label: label, count: count, share: DashboardFormat.percent(count, of: funnel.visits))
        }
        let bars = steps.map { SVGChart.Bar(label: $0.label, value: $0.count, note: String($0.count) + " · " + $0.share) }
        page.trusted(SVGChart.rows(bars, title: DashboardTexts.funnelChart, id: "chart-funnel"))
        table(&page, header: [DashboardTexts.stepColumn, DashboardTexts.countColumn, DashboardTexts.shareColumn],
              rows: steps.map { [$0.label, String($0.count), $0.share] })
        page.raw("</div></section>")
    }

    /// Scans of the printed posters' codes: per week (chart and table), then per format with
    /// the scans per poster printed.
    static func posterScans(_ page: inout HTMLWriter, _ scans: DashboardFigures.PosterScans) {
        page.element("<section><h2>", DashboardTexts.scansHeading, "</h2>")
        page.element("<p class=\"muted\">", DashboardTexts.fill(DashboardTexts.scansLead, [
            "posters": String(scans.posters), "scans": String(scans.scans), "ratio": DashboardFormat.ratio(scans.scans, per: scans.posters),
        ]), "</p><div class=\"pair\">")
        let bars = scans.weeks.map { SVGChart.Bar(label: DashboardFormat.dayMonth($0.monday), value: $0.scans) }
        page.trusted(SVGChart.columns(bars, title: DashboardTexts.scansChart, id: "chart-scans"))
        table(&page, header: [DashboardTexts.weekColumn, DashboardTexts.scansColumn],
              rows: scans.weeks.map { [DashboardFormat.date($0.monday), String($0.scans)] })
        page.raw("</div>")
        table(&page, header: DashboardTexts.scanFormatColumns, rows: scans.formats.map {
            [$0.format, String($0.posters), String($0.scans), DashboardFormat.ratio($0.scans, per: $0.posters)]
        })
        page.raw("</section>")
    }

    static func scores(_ page: inout HTMLWriter, _ dimensions: [DashboardFigures.DimensionBands]) {
        page.element("<section><h2>", DashboardTexts.scoresHeading, "</h2>")
        page.element("<p class=\"muted\">", DashboardTexts.scoresLead, "</p><div class=\"multiples\">")
        for dimension in dimensions {
            let bars = zip(DashboardTexts.bandLabels, dimension.bands).map { SVGChart.Bar(label: $0, value: $1) }
            page.element("<figure><figcaption>", dimension.name, "</figcaption>")
            let title = DashboardTexts.fill(DashboardTexts.scoresChart, ["dimension": dimension.name])
            page.trusted(SVGChart.columns(bars, title: title, id: "chart-score-" + dimension.id, width: 300, height: 160))
            table(&page, header: [DashboardTexts.bandColumn, DashboardTexts.shopsColumn], rows: bars.map { [$0.label, String($0.value)] })
            page.raw("</figure>")
        }
        page.raw("</div></section>")
    }

    static func targets(_ page: inout HTMLWriter, _ targets: [DashboardFigures.TargetProgress], onboarded: Int) {
        page.element("<section><h2>", DashboardTexts.targetsHeading, "</h2>")
        guard !targets.isEmpty else {
            page.element("<p class=\"muted\">", DashboardTexts.targetsNone, "</p></section>")
            return
        }
        page.element("<p class=\"muted\">", DashboardTexts.fill(DashboardTexts.targetsLead, ["count": String(onboarded)]), "</p>")
        page.raw("<div class=\"pair\">")
        let items = targets.map { (label: $0.label, percent: DashboardFormat.percentValue($0.reached, of: $0.of), target: $0.targetPercent) }
        page.trusted(SVGChart.progress(items, title: DashboardTexts.targetsChart, id: "chart-targets"))
        table(&page, header: [DashboardTexts.targetColumn, DashboardTexts.reachedColumn, DashboardTexts.aimColumn],
              rows: targets.map { [$0.label, String($0.reached) + " / " + String($0.of) + " · " + DashboardFormat.percent($0.reached, of: $0.of),
                                   DashboardFormat.percent($0.targetPercent)] })
        page.raw("</div></section>")
    }

    /// A table of text cells; cells after the first that hold a number are right-aligned.
    static func table(_ page: inout HTMLWriter, header: [String], rows: [[String]]) {
        page.raw("<table><thead><tr>")
        for cell in header { page.element("<th scope=\"col\">", cell, "</th>") }
        page.raw("</tr></thead><tbody>")
        for row in rows {
            page.raw("<tr>")
            for (index, cell) in row.enumerated() {
                if index == 0 {
                    page.element("<th scope=\"row\">", cell, "</th>")
                } else {
                    page.element(isNumber(cell) ? "<td class=\"n\">" : "<td>", cell, "</td>")
                }
            }
            page.raw("</tr>")
        }
        page.raw("</tbody></table>")
    }

    /// A number as the dashboard writes one in French: digits, with a decimal comma or thousands
    /// spaces (no-break, narrow no-break) between them ("12", "3,0", "1 234").
    static func isNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isDigit(first), isDigit(last) else { return false }
        return scalars.allSatisfy { isDigit($0) || $0 == "," || $0 == "\u{00A0}" || $0 == "\u{202F}" }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

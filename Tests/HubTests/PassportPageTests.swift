import Foundation
@testable import Hub
import JSON
import ReportProtocol
import Testing
import Time
import TestSupport

@Suite("The owner's passport page at /p/<token>", .ownThreads)
struct PassportPageTests {
    static let profile: JSONValue = .object([JSONField("name", .string("Crêperie Élodie")), JSONField("hours", .array([])),
                                             JSONField("closures", .array([])), JSONField("services", .array([])),
                                             JSONField("accent", .string("#1f5c99"))])

    func consent(_ type: String = "consent.given", hub: Bool, token: String?) -> ReportEvent {
        var data = [JSONField("purposes", .array([.string("publish"), .string("callback")])), JSONField("hub", .bool(hub)),
                    JSONField("noticeHash", .string("h"))]
        if let token { data.append(JSONField("passportToken", .string(token))) }
        return DashboardFixture.event(type, session: "s1", owner: "o1", data)
    }

    /// A visit that did the diagnostic before consenting (no owner yet), then everything else.
    func journey(_ browser: DashboardFixture, hub: Bool = true) throws {
        let training = try #require(browser.content.french.trainings.first)
        try browser.send([
            DashboardFixture.event("visit.started", session: "s1", [JSONField("language", .string("fr"))]),
            DashboardFixture.diagnostic(session: "s1", overall: 42, scores: ["presence": 40], answers: ["site-web": "non"]),
            consent(hub: hub, token: hub ? "Tok_123-abc" : nil),
            DashboardFixture.event("training.passed", session: "s1", owner: "o1", [JSONField("training", .string(training.id)),
                                   JSONField("correct", .number(JSONNumber(3))), JSONField("total", .number(JSONNumber(3)))]),
            DashboardFixture.event("page.published", session: "s1", owner: "o1", [JSONField("slug", .string("creperie-elodie")),
                                                                                   JSONField("page", Self.profile)]),
            DashboardFixture.event("poster.printed", session: "s1", owner: "o1", [JSONField("slug", .string("creperie-elodie")),
                                                                                  JSONField("format", .string("A5"))]),
            DashboardFixture.advisor(id: "r1", session: "s1", owner: "o1", topic: "Vendre en ligne", name: "Canari Dupont", phone: "+33612345678"),
            // Another visitor's diagnostic at the same kiosk: not this owner's.
            DashboardFixture.diagnostic(session: "s9", overall: 99, scores: ["presence": 99], answers: [:]),
        ])
    }

    @Test func showsTheStepsAndNothingElsePersonal() throws {
        let browser = try DashboardFixture()
        try journey(browser)
        let page = browser.call(.get, "/p/Tok_123-abc", sendCookies: false)
        #expect(page.status == 200 && page.header("Cache-Control") == "no-store" && page.header("X-Robots-Tag") == "noindex")
        let html = page.text
        let training = try #require(browser.content.french.trainings.first)
        #expect(html.contains("Score : 42 / 100 · niveau Bonnes bases"), "the diagnostic done before consent counts")
        #expect(html.contains(training.title))
        #expect(html.contains("href=\"/s/creperie-elodie\""))
        #expect(html.contains("Affiche QR code</h2><p class=\"done\">Fait le "))
        #expect(html.contains("Rappel par un conseiller</h2><p class=\"done\">Demandé le "))
        for secret in ["Canari", "+33612345678", "Vendre en ligne", "site-web", "Score : 99", "Tok_123", "s1", "o1"] {
            #expect(!html.contains(secret), "\(secret) must not be shown")
        }
        let policy = try #require(page.header("Content-Security-Policy"))
        #expect(policy.contains("default-src 'none'") && !policy.contains("unsafe-inline") && !html.contains("<script"))
        #expect(html.contains("name=\"viewport\""), "mobile first")
    }

    @Test func goneOnceConsentIsWithdrawn() throws {
        let browser = try DashboardFixture()
        try journey(browser)
        #expect(browser.call(.get, "/p/Tok_123-abc").status == 200)
        try browser.send([DashboardFixture.event("consent.withdrawn", owner: "o1")])
        let gone = browser.call(.get, "/p/Tok_123-abc")
        #expect(gone.status == 404 && gone.text.contains("n’existe pas ou n’est plus partagé"))
        #expect(!gone.text.contains("42"))
    }

    @Test func noPageWithoutTheHubsShareOrForOtherTokens() throws {
        let browser = try DashboardFixture()
        try journey(browser, hub: false)
        for token in ["Tok_123-abc", "nope", "a%20b", String(repeating: "x", count: 200), "..", "<script>"] {
            #expect(browser.call(.get, "/p/\(token)").status == 404, "\(token)")
        }
        let narrowed = try DashboardFixture()
        try journey(narrowed)
        try narrowed.send([consent("consent.changed", hub: false, token: nil)])
        #expect(narrowed.call(.get, "/p/Tok_123-abc").status == 404, "narrowing consent takes the page down too")
    }
}

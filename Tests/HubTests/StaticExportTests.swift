import Foundation
@testable import Hub
import JSON
import Logging
import Testing
import Time
import ReportProtocol
import TestSupport

/// The static export has one writer: refreshes of one page from ingest and from maintenance at
/// the same time leave the latest state on disk and no temporary file behind; and a page is
/// rewritten only when its shop or its "open now" line changes.
@Suite("Static export: one writer, only what changed", .ownThreads)
struct StaticExportTests {
    static func profile(_ description: String) -> JSONValue {
        .object([JSONField("name", .string("Crêperie Élodie")), JSONField("description", .string(description)),
                 JSONField("hours", .array([.object([JSONField("day", .number(JSONNumber(1))), JSONField("opens", .number(JSONNumber(540))),
                                                     JSONField("closes", .number(JSONNumber(1140)))])])),
                 JSONField("closures", .array([])), JSONField("services", .array([])), JSONField("accent", .string("#1f5c99"))])
    }

    static func update(_ description: String) -> ReportEvent {
        HubFixture.event("page.updated", [JSONField("owner", .string("o1")), JSONField("slug", .string("creperie-elodie")),
                                          JSONField("page", profile(description))])
    }

    static func export(_ browser: DashboardFixture) -> (StaticExport, String) {
        let directory = browser.hub.directory + "/export"
        return (StaticExport(directory: directory, site: browser.app.services.site, logger: Logger(label: "test")), directory)
    }

    @Test func concurrentRefreshesLeaveTheLatestPageAndNoTemporaryFile() throws {
        let browser = try DashboardFixture()
        let (export, directory) = Self.export(browser)
        _ = try browser.hub.send(HubFixture.body([Self.update("version 0")])).get()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            for version in 1...30 {
                _ = try? browser.hub.send(HubFixture.body([Self.update("version \(version)")])).get()
                export.refresh("creperie-elodie")
            }
        }
        for _ in 0..<3 {
            DispatchQueue.global().async(group: done) {
                for _ in 0..<40 { export.refresh("creperie-elodie") }
            }
        }
        done.wait()
        let folder = directory + "/s/creperie-elodie"
        let page = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(page.contains("version 30"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
            + FileManager.default.contentsOfDirectory(atPath: directory + "/s").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func onlyPagesWhoseOpenNowLineTurnedAreRewritten() throws {
        let browser = try DashboardFixture()
        let (export, directory) = Self.export(browser)
        _ = try browser.hub.send(HubFixture.body([Self.update("a")])).get()
        let now = Timestamp.now()
        #expect(export.refreshStale(["creperie-elodie"], now: now) == 1, "not exported yet by this process")
        let file = directory + "/s/creperie-elodie/index.html"
        let written = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        #expect(export.refreshStale(["creperie-elodie"], now: now) == 0, "nothing turned: nothing written")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date == written)
        #expect(export.refreshStale(["creperie-elodie"], now: now.adding(seconds: 8 * 86_400)) == 1,
                "within a week the line turns (it opens or closes)")
    }
}

import Foundation
import Kiosk
import TestSupport
import Testing

/// Issue 12: a plain summary comes first, one sentence per purpose, the hub is not needed to
/// publish, and one word for the PIN everywhere.
@Suite("Privacy notice: summary first, plain words")
struct PrivacyNoticeTests {
    static func words(_ text: String) -> Int {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.count
    }

    @Test(arguments: ["fr", "en"])
    func theSummaryComesFirstAndIsShort(language: String) throws {
        let fixture = try KioskFixture()
        let notice = try #require(try fixture.call("GET", "/api/v1/privacy?lang=\(language)").json as? [String: Any])
        let summary = try #require(notice["summary"] as? String)
        #expect((20...80).contains(Self.words(summary)))
        let hub = try #require(notice["hub"] as? [String: String])
        #expect(hub["description"]?.contains(language == "fr" ? "publiée même sans" : "published even without") == true)
        for purpose in notice["purposes"] as? [[String: String]] ?? [] {
            let sentence = try #require(purpose["description"])
            #expect(sentence.filter { $0 == "." }.count == 1 && sentence.hasSuffix("."), "\(purpose["id"] ?? "")")
        }
        #expect((notice["noticeHash"] as? String)?.count == 64)
    }

    /// "code PIN" here, "code secret" elsewhere confused the walk: one word, in every content file.
    @Test func oneWordForThePIN() throws {
        let content = KioskFixture.repositoryRoot + "/content"
        for file in try FileManager.default.contentsOfDirectory(atPath: content + "/fr") {
            let text = try String(contentsOfFile: content + "/fr/" + file, encoding: .utf8)
            #expect(!text.contains("code PIN") && !text.contains(" PIN "), "fr/\(file)")
        }
        let french = try String(contentsOfFile: content + "/fr/privacy.json", encoding: .utf8)
        let english = try String(contentsOfFile: content + "/en/privacy.json", encoding: .utf8)
        #expect(french.contains("code secret") && english.contains("PIN") && !english.contains("secret code"))
    }

    @Test func noMessageAsksToWithdrawToGoOn() throws {
        let content = KioskFixture.repositoryRoot + "/content"
        for language in ["fr", "en"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: content + "/" + language) {
                let text = try String(contentsOfFile: "\(content)/\(language)/\(file)", encoding: .utf8).lowercased()
                for phrase in ["retirez", "withdraw it", "withdraw your consent and", "puis donnez-le"] {
                    #expect(!text.contains(phrase), "\(language)/\(file): \(phrase)")
                }
            }
        }
    }

    @Test func aLongSummaryIsRefusedAtStart() throws {
        let folder = Scratch.root + "/vitrine-privacy-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shipped = KioskFixture.repositoryRoot + "/content"
        for language in ["fr", "en"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + language, withIntermediateDirectories: true)
            var notice = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: "\(shipped)/\(language)/privacy.json"))) as? [String: Any])
            if language == "en" { notice["summary"] = Array(repeating: "word", count: 81).joined(separator: " ") }
            try JSONSerialization.data(withJSONObject: notice).write(to: URL(fileURLWithPath: "\(folder)/\(language)/privacy.json"))
        }
        #expect(throws: PrivacyNotices.LoadError.self) { try PrivacyNotices(directory: folder) }
        do {
            _ = try PrivacyNotices(directory: folder)
        } catch {
            #expect(error.description.hasSuffix("en/privacy.json: summary: 81 words; at most 80, so a visitor reads it before going on"))
        }
    }
}

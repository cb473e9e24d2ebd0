import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Kiosk
import Onboarding
import Storage
import Testing
import TestSupport

@Suite("The journey API: diagnostic, priorities, trainings, passport", .ownThreads)
struct JourneyAPITests {
    @Test func kioskInfoGivesTheUIItsTimings() throws {
        let fixture = try KioskFixture()
        let info = try #require(try fixture.call("GET", "/api/v1/kiosk").json as? [String: Any])
        #expect(info["idleSeconds"] as? Int == 120)
        #expect(info["countdownSeconds"] as? Int == 30)
        #expect(info["languages"] as? [String] == ["fr", "en"])
    }

    @Test func diagnosticIsServedWithoutItsPoints() throws {
        let fixture = try KioskFixture()
        let reply = try fixture.call("GET", "/api/v1/diagnostic?lang=en")
        #expect(reply.status == 200)
        let diagnostic = try #require(reply.json as? [String: Any])
        let questions = try #require(diagnostic["questions"] as? [[String: Any]])
        #expect(questions.count >= 20)
        #expect((diagnostic["dimensions"] as? [Any])?.count ?? 0 >= 6)
        let text = String(decoding: try JSONSerialization.data(withJSONObject: diagnostic), as: UTF8.self)
        #expect(!text.contains("points") && !text.contains("maxPoints"))
        #expect(try fixture.call("GET", "/api/v1/diagnostic?lang=de").status == 422)
    }

    @Test func weakAnswersGetAdviceStrongOnesDoNot() throws {
        let fixture = try KioskFixture()
        // The points are not served; the test reads them from the shipped content itself.
        let content = try ContentLoader.load(directory: KioskFixture.repositoryRoot + "/content").french
        func submit(_ pick: ([AnswerOption]) -> AnswerOption?) throws -> [String: Any] {
            let session = try fixture.startSession()
            var answers: [String: String] = [:]
            for question in content.questions { answers[question.id] = pick(question.answers)?.id }
            let body = String(decoding: try JSONSerialization.data(withJSONObject: ["answers": answers]), as: UTF8.self)
            let reply = try fixture.call("POST", "/api/v1/sessions/\(session)/diagnostic", body: body)
            #expect(reply.status == 201)
            return try #require(reply.json as? [String: Any])
        }
        let weak = try submit { $0.min { $0.points < $1.points } }
        let strong = try submit { $0.max { $0.points < $1.points } }
        #expect((weak["result"] as? [String: Any])?["overall"] as? Int == 0)
        #expect((strong["result"] as? [String: Any])?["overall"] as? Int == 100)
        let priorities = try #require(weak["priorities"] as? [[String: Any]])
        #expect(priorities.count == 3 && (weak["more"] as? [Any])?.isEmpty == false)
        let kinds = priorities.compactMap { ($0["action"] as? [String: Any])?["kind"] as? String }
        #expect(kinds.first == "pageBuilder" && kinds.contains("advisor"))
        for action in priorities + (weak["more"] as? [[String: Any]] ?? []) {
            let link = try #require(action["action"] as? [String: Any])
            #expect(["pageBuilder", "training", "advisor"].contains(link["kind"] as? String ?? ""))
            if link["kind"] as? String == "training" { #expect(link["training"] is String && link["title"] is String) }
            #expect(action["id"] is String && action["title"] is String && action["text"] is String)
        }
        #expect((strong["priorities"] as? [Any])?.isEmpty == true && (strong["more"] as? [Any])?.isEmpty == true)
    }

    @Test func theDiagnosticSaysWhatToSkipAndHowLongItTakes() throws {
        let fixture = try KioskFixture()
        let diagnostic = try #require(try fixture.call("GET", "/api/v1/diagnostic").json as? [String: Any])
        let estimate = try #require(diagnostic["estimate"] as? [String: Int])
        #expect((1...300).contains(estimate["longestSeconds"] ?? 0) && (estimate["typicalSeconds"] ?? 0) <= (estimate["longestSeconds"] ?? 0))
        let questions = try #require(diagnostic["questions"] as? [[String: Any]])
        #expect(questions.allSatisfy { ($0["words"] as? Int ?? 0) > 0 && ($0["seconds"] as? Int ?? 0) > 2 })
        let reviews = try #require(questions.first { $0["id"] as? String == "avis-reponses" })
        #expect((reviews["showIf"] as? [String: Any])?["question"] as? String == "avis-lus")
        #expect(questions.first { $0["id"] as? String == "fiche-google" }?["showIf"] == nil)
    }

    @Test func answersToHiddenQuestionsAreIgnoredAndNotRecorded() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        let body = #"{"answers":{"fiche-google":"non","avis-lus":"jamais","avis-reponses":"non"}}"#
        let reply = try fixture.call("POST", "/api/v1/sessions/\(session)/diagnostic", body: body)
        #expect(reply.status == 201)
        let result = try #require((reply.json as? [String: Any])?["result"] as? [String: Any])
        #expect(result["answered"] as? Int == 1)
        let detail = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT detail FROM progress WHERE kind = 'diagnostic'") }.first?.string(0)
        #expect(detail == #"{"fiche-google":"non"}"#)
        let ids = ((reply.json as? [String: Any])?["priorities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!ids.contains("repondre-avis"))
    }

    @Test func latestDiagnosticIsScoredAgainInTheLanguageAsked() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        #expect(try fixture.call("GET", "/api/v1/sessions/\(session)/diagnostic").status == 404)
        let content = try ContentLoader.load(directory: KioskFixture.repositoryRoot + "/content").french
        let first = try #require(content.questions.first)
        let body = #"{"answers":{"\#(first.id)":"\#(first.answers[0].id)"}}"#
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/diagnostic", body: body).status == 201)
        let french = try #require(try fixture.call("GET", "/api/v1/sessions/\(session)/diagnostic").json as? [String: Any])
        let english = try #require(try fixture.call("GET", "/api/v1/sessions/\(session)/diagnostic?lang=en").json as? [String: Any])
        let overall = { (json: [String: Any]) in (json["result"] as? [String: Any])?["overall"] as? Int }
        #expect(overall(french) != nil && overall(french) == overall(english))
        let name = { (json: [String: Any]) in ((json["result"] as? [String: Any])?["level"] as? [String: Any])?["name"] as? String }
        #expect(name(french) != name(english))
        let recorded = try fixture.database.read { (connection) throws(StorageError) in try connection.query("SELECT count(*) FROM progress WHERE kind = 'diagnostic'") }
        #expect(recorded.first?.int(0) == 1)
    }

    @Test func unknownAnswersAre422NamingTheField() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        let unknownQuestion = try fixture.call("POST", "/api/v1/sessions/\(session)/diagnostic", body: #"{"answers":{"nope":"a"}}"#)
        #expect(unknownQuestion.status == 422)
        #expect(KioskFixture.message(unknownQuestion.json).hasPrefix("answers.nope"))
        let unknownField = try fixture.call("POST", "/api/v1/sessions/\(session)/diagnostic", body: #"{"answers":{},"extra":1}"#)
        #expect(unknownField.status == 422)
        #expect(KioskFixture.message(unknownField.json).hasPrefix("extra"))
    }

    @Test func quizPassAppearsInThePassport() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        let trainings = try #require(try fixture.call("GET", "/api/v1/trainings").json as? [[String: Any]])
        #expect(trainings.count >= 6)
        let id = try #require(trainings.first?["id"] as? String)
        let training = try #require(try fixture.call("GET", "/api/v1/trainings/\(id)").json as? [String: Any])
        let quiz = try #require(training["quiz"] as? [String: Any])
        let questions = try #require(quiz["questions"] as? [[String: Any]])
        #expect(!String(describing: quiz).contains("correct"))
        // Try every combination of first/second choices until one passes: the server grades.
        let empty = try fixture.call("POST", "/api/v1/sessions/\(session)/trainings/\(id)/quiz", body: #"{"answers":{}}"#)
        #expect((empty.json as? [String: Any])?["passed"] as? Bool == false)
        var passed = false
        for mask in 0..<(1 << questions.count) where !passed {
            var answers: [String: String] = [:]
            for (index, question) in questions.enumerated() {
                let choices = question["choices"] as? [[String: Any]] ?? []
                answers[question["id"] as? String ?? ""] = choices[min(choices.count - 1, (mask >> index) & 1 == 1 ? 1 : 0)]["id"] as? String
            }
            let body = String(decoding: try JSONSerialization.data(withJSONObject: ["answers": answers]), as: UTF8.self)
            let result = try fixture.call("POST", "/api/v1/sessions/\(session)/trainings/\(id)/quiz", body: body)
            passed = (result.json as? [String: Any])?["passed"] as? Bool == true
        }
        let passport = try #require(try fixture.call("GET", "/api/v1/sessions/\(session)/passport").json as? [String: Any])
        let stamps = passport["trainings"] as? [[String: Any]] ?? []
        #expect(stamps.contains { $0["training"] as? String == id } == passed)
        #expect(try fixture.call("GET", "/api/v1/trainings/no-such-training").status == 404)
    }

    @Test func endedSessionsAnswer410() throws {
        let fixture = try KioskFixture()
        let session = try fixture.startSession()
        #expect(try fixture.call("POST", "/api/v1/sessions/\(session)/touch").status == 204)
        #expect(try fixture.call("DELETE", "/api/v1/sessions/\(session)").status == 204)
        let after = try fixture.call("GET", "/api/v1/sessions/\(session)/passport")
        #expect(after.status == 410)
        #expect((after.json as? [String: [String: String]])?["error"]?["code"] == "session_ended")
    }
}

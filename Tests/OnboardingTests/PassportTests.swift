import JSON
import Onboarding
import Testing
import Time

@Suite("Passport")
struct PassportTests {
    let content: Content

    init() throws {
        content = try SmallContent.load()
    }

    private func day(_ number: Int64) -> Timestamp {
        Timestamp(seconds: number * 86_400)
    }

    @Test("no facts, nothing done")
    func empty() {
        let passport = content.passport(from: [])
        #expect(passport.diagnostic == nil && passport.pagePublished == nil && passport.posterPrinted == nil)
        #expect(passport.advisorRequested == nil && passport.trainingsPassed.isEmpty)
    }

    @Test("the latest diagnostic counts, other steps keep their first date, in any fact order")
    func steps() {
        let facts: [PassportFact] = [
            .posterPrinted(at: day(9)),
            .diagnosticCompleted(overall: 20, at: day(1)),
            .pagePublished(at: day(4)),
            .diagnosticCompleted(overall: 60, at: day(8)),
            .posterPrinted(at: day(5)),
            .advisorRequested(at: day(7)),
            .pagePublished(at: day(2)),
        ]
        let passport = content.passport(from: facts)
        #expect(passport.diagnostic?.overall == 60)
        #expect(passport.diagnostic?.level?.name == "Good")
        #expect(passport.diagnostic?.at == day(8))
        #expect(passport.pagePublished == day(2))
        #expect(passport.posterPrinted == day(5))
        #expect(passport.advisorRequested == day(7))
        #expect(content.passport(from: facts.reversed()) == passport)
    }

    @Test("trainings: first pass each, oldest first, titled; a removed training keeps its id")
    func trainings() {
        let passport = content.passport(from: [
            .trainingPassed(training: "t2", at: day(6)),
            .trainingPassed(training: "t1", at: day(3)),
            .trainingPassed(training: "gone", at: day(3)),
            .trainingPassed(training: "t1", at: day(1)),
        ])
        #expect(passport.trainingsPassed.map(\.training) == ["t1", "gone", "t2"])
        #expect(passport.trainingsPassed.map(\.title) == ["Training one", "gone", "Training two"])
        #expect(passport.trainingsPassed.map(\.at) == [day(1), day(3), day(6)])
    }
}

@Suite("Passport as JSON")
struct PassportJSONTests {
    @Test("dates travel as RFC 3339 strings, facts and passport alike")
    func rfc3339() throws {
        let content = try SmallContent.load()
        let at = try #require(Timestamp(rfc3339: "2026-11-23T12:47:55Z"))
        let facts: [PassportFact] = [.trainingPassed(training: "t1", at: at), .posterPrinted(at: at.adding(seconds: 60))]
        let passport = content.passport(from: facts)
        #expect(String(decoding: try JSON.encode(passport), as: UTF8.self)
            == #"{"posterPrinted":"2026-11-23T12:48:55Z","trainingsPassed":[{"at":"2026-11-23T12:47:55Z","title":"Training one","training":"t1"}]}"#)
        #expect(try JSON.decode(Passport.self, from: JSON.encode(passport)) == passport)
        #expect(try JSON.decode([PassportFact].self, from: JSON.encode(facts)) == facts)
    }

    @Test("a fact with a date that is not RFC 3339 is refused at its path")
    func badDate() {
        #expect(throws: JSONDecodingError.field(
            path: "[0].posterPrinted.at", reason: "must be an RFC 3339 date-time such as 2026-11-23T12:47:55Z")) {
            try JSON.decode([PassportFact].self, from: Array(#"[{"posterPrinted": {"at": "23/11/2026"}}]"#.utf8))
        }
    }
}

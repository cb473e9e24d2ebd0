import Onboarding
import Testing

@Suite("Scoring, hand-computed")
struct ScoringTests {
    let content: Content

    init() throws {
        content = try SmallContent.load()
    }

    private func scores(_ result: DiagnosticResult) -> [Int?] {
        result.dimensions.map(\.score)
    }

    @Test("all minimum answers score 0 everywhere")
    func allMinimum() throws {
        let result = try content.score(answers: ["a1": "z", "a2": "z", "b1": "z", "b2": "z", "c1": "z"])
        #expect(scores(result) == [0, 0, 0])
        #expect(result.overall == 0)
        #expect(result.level?.id == "low")
        #expect(result.answered == 5 && result.questionCount == 5)
    }

    @Test("all maximum answers score 100 everywhere")
    func allMaximum() throws {
        let result = try content.score(answers: ["a1": "x", "a2": "x", "b1": "x", "b2": "x", "c1": "x"])
        #expect(scores(result) == [100, 100, 100])
        #expect(result.overall == 100)
        #expect(result.level?.id == "top")
    }

    @Test("a skipped question counts neither in points nor in the maximum")
    func skippedQuestions() throws {
        // a: 1 of 2 = 50 (a2 skipped); b: 4 of 4 = 100 (b2 skipped); c: 0 of 1 = 0.
        // overall: (1×50 + 2×100 + 3×0) / 6 = 41.67 → 42.
        let result = try content.score(answers: ["a1": "m", "b1": "x", "c1": "z"])
        #expect(scores(result) == [50, 100, 0])
        #expect(result.overall == 42)
        #expect(result.level?.id == "mid")
        #expect(result.dimensions.map { $0.level?.id } == ["good", "top", "low"])
        #expect(result.dimensions.map(\.answered) == [1, 1, 1])
    }

    @Test("a fully skipped dimension has no score and no weight in the overall")
    func skippedDimension() throws {
        // a: 2 of 5 = 40; b: nothing answered; c: 1 of 1 = 100. overall: (1×40 + 3×100) / 4 = 85.
        let result = try content.score(answers: ["a1": "x", "a2": "z", "c1": "x"])
        #expect(scores(result) == [40, nil, 100])
        #expect(result.dimensions[1].level == nil)
        #expect(result.dimensions[1].answered == 0 && result.dimensions[1].questionCount == 2)
        #expect(result.overall == 85)
    }

    @Test("weights move the overall score")
    func weights() throws {
        // a 100 (weight 1), b 0 (weight 2): 100 / 3 = 33.33 → 33; the other way round: 200 / 3 = 66.67 → 67.
        let strongA = try content.score(answers: ["a1": "x", "a2": "x", "b1": "z", "b2": "z"])
        let strongB = try content.score(answers: ["a1": "z", "a2": "z", "b1": "x", "b2": "x"])
        #expect(strongA.overall == 33)
        #expect(strongB.overall == 67)
    }

    @Test("halves round up, in dimensions and overall")
    func roundingHalves() throws {
        // b: 1 of 8 = 12.5 → 13; b: 3 of 8 = 37.5 → 38; a 50 and c 0: (50 + 0) / 4 = 12.5 → 13.
        #expect(try content.score(answers: ["b1": "m", "b2": "z"]).dimensions[1].score == 13)
        #expect(try content.score(answers: ["b1": "m", "b2": "m"]).dimensions[1].score == 38)
        #expect(try content.score(answers: ["a1": "m", "c1": "z"]).overall == 13)
    }

    @Test("nothing answered gives no score at all, not 0")
    func nothingAnswered() throws {
        let result = try content.score(answers: [:])
        #expect(scores(result) == [nil, nil, nil])
        #expect(result.overall == nil && result.level == nil && result.answered == 0)
    }

    @Test("a question hidden by showIf counts like an unanswered one; its answer is ignored")
    func hiddenQuestions() throws {
        // c2 is shown only when c1 is x. c1 z: c2's answer is ignored, c = 0 of 1.
        let hidden = try content.score(answers: ["c1": "z", "c2": "x"])
        #expect(hidden.dimensions[2].score == 0 && hidden.dimensions[2].answered == 1 && hidden.dimensions[2].questionCount == 1)
        #expect(hidden.answered == 1 && hidden.questionCount == 5)
        // c1 x: c2 is asked, c = 1 of 3 = 33.33 → 33.
        let shown = try content.score(answers: ["c1": "x", "c2": "z"])
        #expect(shown.dimensions[2].score == 33 && shown.dimensions[2].questionCount == 2 && shown.questionCount == 6)
        #expect(try content.askedAnswers(["c1": "z", "c2": "x"]) == ["c1": "z"])
        #expect(content.shownQuestionIDs([:]) == ["a1", "a2", "b1", "b2", "c1"])
    }

    @Test("answers recorded under earlier content keep what the content still has")
    func recordedAnswers() {
        #expect(content.recordedAnswers(["gone": "x", "a1": "x", "b1": "gone", "c2": "x"]) == ["a1": "x"])
        #expect(content.recordedAnswers(["c1": "x", "c2": "x"]) == ["c1": "x", "c2": "x"])
    }

    @Test("the estimate walks every path: 0.4 s a word, 2 s a tap, help only on the longest")
    func estimate() throws {
        // c1 z: 18 words and 5 taps = 17.2 s. c1 x: c2 adds 8 words (2 of help) and a tap = 22.4 s.
        // Typical: the mean of 17.2 and 21.6 (no help) = 19.4 → 20 s; longest 22.4 → 23 s.
        #expect(content.estimate.typicalSeconds == 20 && content.estimate.longestSeconds == 23)
        let c2 = try #require(content.questions.last)
        #expect(c2.words == 8 && c2.seconds == 6)
        #expect(ReadingTime.words("Êtes-vous prêt ? L’heure, c’est 9 h_30.") == 9)
    }

    @Test("unknown question or answer ids are refused, the first in sorted order")
    func unknownIDs() {
        #expect(throws: AnswerError.unknownQuestion("aa")) {
            try content.score(answers: ["zz": "x", "aa": "x", "a1": "x"])
        }
        #expect(throws: AnswerError.unknownAnswer(question: "a2", answer: "m")) {
            try content.score(answers: ["a2": "m"])
        }
        #expect(AnswerError.unknownAnswer(question: "a2", answer: "m").description == "question 'a2' has no answer 'm'")
    }
}

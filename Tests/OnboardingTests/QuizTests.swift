import Onboarding
import Testing

@Suite("Quiz grading")
struct QuizTests {
    let content: Content

    init() throws {
        content = try SmallContent.load()
    }

    @Test("all correct passes")
    func allCorrect() throws {
        let result = try content.grade(training: "t1", answers: ["k1": "a", "k2": "b", "k3": "a"])
        #expect(result == QuizResultFields(correct: 3, total: 3, passMark: 2, passed: true))
    }

    @Test("exactly the pass mark passes; one less fails")
    func passMark() throws {
        #expect(try content.grade(training: "t1", answers: ["k1": "a", "k2": "b", "k3": "b"]).passed)
        #expect(try !content.grade(training: "t1", answers: ["k1": "a", "k2": "a", "k3": "b"]).passed)
    }

    @Test("unanswered questions count as wrong")
    func unanswered() throws {
        let result = try content.grade(training: "t1", answers: ["k1": "a"])
        #expect(result == QuizResultFields(correct: 1, total: 3, passMark: 2, passed: false))
        #expect(try content.grade(training: "t1", answers: [:]).correct == 0)
    }

    /// Issue 12: the quiz never explained a wrong answer.
    @Test("each graded question says whether it was right, the right choice and why")
    func explanations() throws {
        let result = try content.grade(training: "t1", answers: ["k1": "b", "k2": "b"])
        #expect(result.answers.map(\.question) == ["k1", "k2", "k3"])
        #expect(result.answers.map(\.correct) == [false, true, false])
        #expect(result.answers[0].chosen == "b" && result.answers[0].rightChoice == "a" && result.answers[0].explanation == "Because.")
        #expect(result.answers[2].chosen == nil)
    }

    @Test("unknown training, question or choice ids are refused")
    func unknownIDs() {
        #expect(throws: AnswerError.unknownTraining("t9")) { try content.grade(training: "t9", answers: [:]) }
        #expect(throws: AnswerError.unknownQuestion("k9")) { try content.grade(training: "t1", answers: ["k9": "a"]) }
        #expect(throws: AnswerError.unknownAnswer(question: "k1", answer: "c")) {
            try content.grade(training: "t1", answers: ["k1": "c"])
        }
    }
}

struct QuizResultFields: Equatable {
    let correct: Int
    let total: Int
    let passMark: Int
    let passed: Bool
}

func == (result: QuizResult, fields: QuizResultFields) -> Bool {
    result.correct == fields.correct && result.total == fields.total && result.passMark == fields.passMark
        && result.passed == fields.passed
}

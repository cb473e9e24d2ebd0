import Onboarding
import Testing

@Suite("Recommendations")
struct AdviceTests {
    let content: Content

    init() throws {
        content = try SmallContent.load()
    }

    private func plan(_ answers: [String: String]) throws -> [DimensionAdvice] {
        content.advice(for: try content.score(answers: answers))
    }

    @Test("a weak profile gets at most three actions per dimension, in content order, resolved")
    func weakProfile() throws {
        let advice = try plan(["a1": "z", "a2": "z", "b1": "z", "b2": "z", "c1": "z"])
        #expect(advice.map(\.dimension) == ["a", "b", "c"])
        #expect(advice[0].actions.map(\.id) == ["a-basic", "a-first", "a-second"])
        #expect(advice[0].actions[0].training == TrainingLinkFields(id: "t1", title: "Training one", durationMinutes: 5))
        #expect(advice[0].actions[0].offers.map(\.id) == ["o1"])
        #expect(advice[0].actions[2].training.title == "Training two")
        #expect(advice[1].actions.map(\.id) == ["b-basic"])
    }

    @Test("only actions whose appliesBelow is above the score are offered")
    func appliesBelow() throws {
        // a: 2 of 5 = 40, so a-first (below 30) no longer applies and a-third moves up.
        let advice = try plan(["a1": "x", "a2": "z"])
        #expect(advice.map(\.dimension) == ["a"])
        #expect(advice[0].score == 40)
        #expect(advice[0].actions.map(\.id) == ["a-basic", "a-second", "a-third"])
    }

    @Test("weakest dimension first; a score equal to weakBelow is not weak; unscored gets nothing")
    func ordering() throws {
        // a = 50 (not weak), b = 1 of 8 = 13, c = 0.
        let advice = try plan(["a1": "m", "b1": "m", "b2": "z", "c1": "z"])
        #expect(advice.map(\.dimension) == ["c", "b"])
        #expect(advice.map(\.score) == [0, 13])
        #expect(try plan(["c1": "z"]).map(\.dimension) == ["c"])
    }

    @Test("a strong profile gets no action")
    func strongProfile() throws {
        #expect(try plan(["a1": "x", "a2": "x", "b1": "x", "b2": "x", "c1": "x"]).isEmpty)
    }
}

/// The three fields a `TrainingLink` shows, to compare it in one expectation.
struct TrainingLinkFields: Equatable {
    let id: String
    let title: String
    let durationMinutes: Int
}

func == (link: TrainingLink, fields: TrainingLinkFields) -> Bool {
    link.id == fields.id && link.title == fields.title && link.durationMinutes == fields.durationMinutes
}

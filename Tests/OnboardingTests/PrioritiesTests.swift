import Onboarding
import Testing

/// Issue 12: recommendations come from the answers, in the content's order of usefulness, three
/// first and the rest on demand; a hidden question's answer triggers nothing.
@Suite("Priorities from the answers")
struct PrioritiesTests {
    let content: Content

    init() throws {
        content = try SmallContent.load()
    }

    private func ids(_ actions: [RecommendedAction]) -> [String] { actions.map(\.id) }

    @Test("the weakest answers give three priorities in content order and the rest on demand")
    func weakest() {
        let plan = content.plan(for: ["a1": "z", "a2": "z", "b1": "z", "b2": "z", "c1": "z"])
        #expect(ids(plan.priorities) == ["a-build", "a-train", "b-call"])
        #expect(ids(plan.more) == ["b-train", "c-first"])
    }

    @Test("each action says what its button opens")
    func actionKinds() {
        let plan = content.plan(for: ["a1": "z", "b1": "z"])
        #expect(plan.priorities.map(\.action.kind) == [.pageBuilder, .training, .advisor])
        let training = plan.priorities[1].action
        #expect(training.training == "t1" && training.title == "Training one" && training.minutes == 5)
        #expect(plan.priorities[0].action.training == nil)
        #expect(plan.priorities[1].offers.map(\.id) == ["o1"])
    }

    @Test("an answer that is not a trigger brings nothing; nothing answered, no action")
    func onlyTriggers() {
        #expect(ids(content.plan(for: ["a1": "m"]).priorities) == ["a-build"])
        let strong = content.plan(for: ["a1": "x", "a2": "x", "b1": "x", "b2": "x", "c1": "x", "c2": "x"])
        #expect(strong.priorities.isEmpty && strong.more.isEmpty)
        #expect(content.plan(for: [:]).priorities.isEmpty)
    }

    @Test("an answer to a hidden question triggers nothing")
    func hiddenQuestion() {
        #expect(ids(content.plan(for: ["c1": "z", "c2": "z"]).priorities) == ["c-first"])
        #expect(ids(content.plan(for: ["c1": "x", "c2": "z"]).priorities) == ["c-hidden"])
    }
}

import Foundation
import Onboarding
import Testing

/// One way of breaking the minimal content, and the exact message the loader must give.
struct BrokenContent: Sendable, CustomTestStringConvertible {
    let language: String
    let file: String
    let edit: @Sendable (inout JSONText) -> Void
    /// The message after `<folder>/`.
    let expected: String

    init(_ language: String, _ file: String, _ expected: String, edit: @escaping @Sendable (inout JSONText) -> Void) {
        self.language = language
        self.file = file
        self.expected = expected
        self.edit = edit
    }

    /// A French file broken.
    init(_ file: String, _ expected: String, edit: @escaping @Sendable (inout JSONText) -> Void) {
        self.init("fr", file, expected, edit: edit)
    }

    var testDescription: String { expected }
}

private func loadError(_ folder: String, languages: [String] = ["fr", "en"]) -> ContentError? {
    do {
        _ = try ContentLoader.load(directory: folder, languages: languages)
        return nil
    } catch {
        return error
    }
}

private let shapeCases: [BrokenContent] = [
    BrokenContent("diagnostic", "fr/diagnostic.json: expected an object, found a list") { $0 = [] },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[3].text: is missing") {
        $0.set(["questions", 3, "text"], nil)
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[0].when: is missing") {
        $0.set(["recommendations", 0, "when"], nil)
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[0].action: expected one of pageBuilder, training, advisor, found 'call'") {
        $0.set(["recommendations", 0, "action"], "call")
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[0].training: is missing: an action of kind training names the training to open") {
        $0.set(["recommendations", 0, "training"], nil)
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[0].answers[2].inPlace: expected true or false, found 'yes'") {
        $0.set(["questions", 0, "answers", 2, "inPlace"], "yes")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[0].maxPoints: expected a whole number from 1 to 100, found '2'") {
        $0.set(["questions", 0, "maxPoints"], "2")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: dimensions[0].weight: expected a whole number from 1 to 10, found 1.5") {
        $0.set(["dimensions", 0, "weight"], .number("1.5"))
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[2].text: expected text, found a list") {
        $0.set(["questions", 2, "text"], [])
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[2].hepl: unknown field; expected one of id, dimension, text, help, maxPoints, answers, showIf") {
        $0.set(["questions", 2, "hepl"], "Aide")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: dimensions[1].name: is empty") {
        $0.set(["dimensions", 1, "name"], "   ")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[0].id: 'Site Web' is not a valid id: use up to 64 of a-z, 0-9 and '-'") {
        $0.set(["questions", 0, "id"], "Site Web")
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[0].cost: expected one of free, low, paid, found 'cheap'") {
        $0.set(["recommendations", 0, "cost"], "cheap")
    },
    BrokenContent("offers", "fr/offers.json: offers[0].kind: expected one of workshop, discount, appointment, found 'party'") {
        $0.set(["offers", 0, "kind"], "party")
    },
    BrokenContent("offers", "fr/offers.json: offers[0].example: expected true or false, found 'yes'") {
        $0.set(["offers", 0, "example"], "yes")
    },
]

private let diagnosticCases: [BrokenContent] = [
    BrokenContent("diagnostic", "fr/diagnostic.json: dimensions: expected at least 6 entries, found 5") {
        $0.set(["dimensions", 5], nil)
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions: expected at least 12 entries, found 11") { text in
        for _ in 0..<13 { text.set(["questions", 0], nil) }
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[0].showIf.question: 'q1-2' is not a question asked before this one") {
        $0.set(["questions", 0, "showIf"], ["question": "q1-2", "answers": ["yes"]])
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[1].showIf.answers[0]: 'maybe' is not an answer of question 'q1-1'") {
        $0.set(["questions", 1, "showIf"], ["question": "q1-1", "answers": ["maybe"]])
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[1].showIf.answers: expected 1 to 5 entries, found 0") {
        $0.set(["questions", 1, "showIf"], ["question": "q1-1", "answers": []])
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: dimensions[3].id: 'd1' is already used by dimensions[0]") {
        $0.set(["dimensions", 3, "id"], "d1")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[5].id: 'q1-2' is already used by questions[1]") {
        $0.set(["questions", 5, "id"], "q1-2")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[0].answers[2].id: 'no' is already used by questions[0].answers[0]") {
        $0.set(["questions", 0, "answers", 2, "id"], "no")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[4].dimension: unknown dimension 'ventes'") {
        $0.set(["questions", 4, "dimension"], "ventes")
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: dimensions[5]: no question belongs to dimension 'd6'") { text in
        for index in 20..<24 { text.set(["questions", .index(index), "dimension"], "d5") }
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[4].answers[1].points: 7 is above the question's maximum 5") {
        $0.set(["questions", 4, "maxPoints"], 5)
        $0.set(["questions", 4, "answers", 1, "points"], 7)
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[4].answers[0].points: expected a whole number of at least 0, found -1") {
        $0.set(["questions", 4, "answers", 0, "points"], -1)
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[0].maxPoints: no answer is worth the maximum 3 points") {
        $0.set(["questions", 0, "maxPoints"], 3)
    },
    BrokenContent("diagnostic", "fr/diagnostic.json: questions[0].answers: expected 2 to 5 entries, found 1") {
        $0.set(["questions", 0, "answers"], [["id": "yes", "label": "Oui", "points": 2]])
    },
]

private let levelCases: [BrokenContent] = [
    BrokenContent("levels", "fr/levels.json: levels[0].from: expected 0, found 5") { $0.set(["levels", 0, "from"], 5) },
    BrokenContent("levels", "fr/levels.json: levels[1].from: expected 25 (levels[0] ends at 24), found 30") {
        $0.set(["levels", 1, "from"], 30)
    },
    BrokenContent("levels", "fr/levels.json: levels[2].from: expected 50 (levels[1] ends at 49), found 45") {
        $0.set(["levels", 2, "from"], 45)
    },
    BrokenContent("levels", "fr/levels.json: levels[3].to: expected 100, found 99") { $0.set(["levels", 3, "to"], 99) },
    BrokenContent("levels", "fr/levels.json: levels[3].to: 70 is below the level's start 75") {
        $0.set(["levels", 3, "to"], 70)
    },
    BrokenContent("levels", "fr/levels.json: levels[1].id: 'bas' is already used by levels[0]") {
        $0.set(["levels", 1, "id"], "bas")
    },
]

private let trainingCases: [BrokenContent] = [
    BrokenContent("trainings", "fr/trainings.json: trainings[0].quiz.questions[1].explanation: is missing") {
        $0.set(["trainings", 0, "quiz", "questions", 1, "explanation"], nil)
    },
    BrokenContent("trainings", "fr/trainings.json: trainings: expected at least 6 entries, found 5") {
        $0.set(["trainings", 5], nil)
    },
    BrokenContent("trainings", "fr/trainings.json: trainings[4].id: 't1' is already used by trainings[0]") {
        $0.set(["trainings", 4, "id"], "t1")
    },
    BrokenContent("trainings", "fr/trainings.json: trainings[2].quiz.questions[1].choices: exactly one choice must be correct, found 0") {
        $0.set(["trainings", 2, "quiz", "questions", 1, "choices", 0, "correct"], nil)
    },
    BrokenContent("trainings", "fr/trainings.json: trainings[2].quiz.questions[1].choices: exactly one choice must be correct, found 2") {
        $0.set(["trainings", 2, "quiz", "questions", 1, "choices", 1, "correct"], true)
    },
    BrokenContent("trainings", "fr/trainings.json: trainings[0].quiz.passMark: expected a whole number from 1 to 3, found 4") {
        $0.set(["trainings", 0, "quiz", "passMark"], 4)
    },
    BrokenContent("trainings", "fr/trainings.json: trainings[1].steps: expected 3 to 6 entries, found 2") {
        $0.set(["trainings", 1, "steps", 0], nil)
    },
]

private let referenceCases: [BrokenContent] = [
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[1].dimension: unknown dimension 'dx'") {
        $0.set(["recommendations", 1, "dimension"], "dx")
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[2].training: unknown training 'tx'") {
        $0.set(["recommendations", 2, "training"], "tx")
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[0].offers[1]: unknown offer 'o9'") {
        $0.set(["recommendations", 0, "offers"], ["o1", "o9"])
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[4].id: 'r1' is already used by recommendations[0]") {
        $0.set(["recommendations", 4, "id"], "r1")
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[3].when[0].answers[1]: answer 'yes' of question 'q4-1' says the practice is already in place (inPlace), so this action would contradict the visitor") {
        $0.set(["recommendations", 3, "when"], [["question": "q4-1", "answers": ["no", "yes"]]])
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[0].when[0].question: unknown question 'qx'") {
        $0.set(["recommendations", 0, "when"], [["question": "qx", "answers": ["no"]]])
    },
    BrokenContent("recommendations", "fr/recommendations.json: recommendations[0].when[0].answers[0]: 'never' is not an answer of question 'q1-1'") {
        $0.set(["recommendations", 0, "when"], [["question": "q1-1", "answers": ["never"]]])
    },
]

private let translationCases: [BrokenContent] = [
    BrokenContent("en", "diagnostic", "en/diagnostic.json: questions[3].id: 'other' where French has 'q1-4'") {
        $0.set(["questions", 3, "id"], "other")
    },
    BrokenContent("en", "diagnostic", "en/diagnostic.json: questions[0].answers[1].points: 2 where French has 1") {
        $0.set(["questions", 0, "answers", 1, "points"], 2)
    },
    BrokenContent("en", "diagnostic", "en/diagnostic.json: dimensions[0].weight: 3 where French has 1") {
        $0.set(["dimensions", 0, "weight"], 3)
    },
    BrokenContent("en", "diagnostic", "en/diagnostic.json: questions: 23 entries where French has 24") {
        $0.set(["questions", 23], nil)
    },
    BrokenContent("en", "recommendations", "en/recommendations.json: recommendations[1].offers: missing where French has a list") {
        $0.set(["recommendations", 1, "offers"], nil)
    },
    BrokenContent("en", "offers", "en/offers.json: offers[0].example: true where French has none") {
        $0.set(["offers", 0, "example"], true)
    },
    BrokenContent("en", "diagnostic", "en/diagnostic.json: questions[1].showIf: an object where French has none") {
        $0.set(["questions", 1, "showIf"], ["question": "q1-1", "answers": ["yes"]])
    },
    BrokenContent("en", "diagnostic", "en/diagnostic.json: questions[0].answers[2].inPlace: false where French has true") {
        $0.set(["questions", 0, "answers", 2, "inPlace"], false)
    },
    BrokenContent("en", "levels", "en/levels.json: levels[3].to: expected 100, found 99") {
        $0.set(["levels", 3, "to"], 99)
    },
]

@Suite("Content validation")
struct ValidationTests {
    @Test("broken field shapes are refused", arguments: shapeCases)
    func shapes(_ broken: BrokenContent) throws { try expectRefusal(broken) }

    @Test("broken diagnostics are refused", arguments: diagnosticCases)
    func diagnostics(_ broken: BrokenContent) throws { try expectRefusal(broken) }

    @Test("levels must cover 0 to 100 without gap or overlap", arguments: levelCases)
    func levels(_ broken: BrokenContent) throws { try expectRefusal(broken) }

    @Test("broken trainings and quizzes are refused", arguments: trainingCases)
    func trainings(_ broken: BrokenContent) throws { try expectRefusal(broken) }

    @Test("references must point to existing entries", arguments: referenceCases)
    func references(_ broken: BrokenContent) throws { try expectRefusal(broken) }

    @Test("a translation must keep the French ids and numbers", arguments: translationCases)
    func translations(_ broken: BrokenContent) throws { try expectRefusal(broken) }

    private func expectRefusal(_ broken: BrokenContent) throws {
        let folder = try MinimalContent.write(language: broken.language, file: broken.file, edit: broken.edit)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(loadError(folder)?.description == "\(folder)/\(broken.expected)")
    }

    @Test("the minimal content loads, French and English")
    func minimalLoads() throws {
        let folder = try MinimalContent.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let library = try ContentLoader.load(directory: folder)
        #expect(library.languages == ["fr", "en"])
        #expect(library.french.questions.count == 24)
    }

    @Test("translated texts may differ, and may add or drop optional texts")
    func translatedTextsMayDiffer() throws {
        let folder = try MinimalContent.write(language: "en", file: "diagnostic") {
            $0.set(["dimensions", 0, "name"], "Online presence")
            $0.set(["questions", 0, "help"], "Only in English.")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let english = try ContentLoader.load(directory: folder).content(for: "en")
        #expect(english.dimensions[0].name == "Online presence")
        #expect(english.questions[0].help == "Only in English.")
    }

    @Test("a missing file is named")
    func missingFile() throws {
        let folder = try MinimalContent.write(language: "en", file: "offers", bytes: nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(loadError(folder)?.description == "\(folder)/en/offers.json: cannot be read (missing file or no permission)")
    }

    @Test("a language code cannot be a path")
    func languageCode() throws {
        let folder = try MinimalContent.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(loadError(folder, languages: ["fr", "../x"])?.description
            == "\(folder): language code '../x' must be 2 or 3 lowercase letters")
    }

    @Test("French is loaded even when not listed, and is the fallback")
    func frenchFallback() throws {
        let folder = try MinimalContent.write(language: "en", file: "levels") {
            $0.set(["levels", 0, "name"], "Low")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let library = try ContentLoader.load(directory: folder, languages: ["en"])
        #expect(library.languages == ["fr", "en"])
        #expect(library.content(for: "en").levels[0].name == "Low")
        #expect(library.content(for: "de").language == "fr")
    }
}

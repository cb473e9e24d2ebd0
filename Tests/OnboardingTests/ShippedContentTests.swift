import Onboarding
import Testing

@Suite("Shipped content")
struct ShippedContentTests {
    let library: ContentLibrary

    init() throws {
        let directory = try #require(ContentLocation.directory(), "content/ not found above \(#filePath)")
        library = try ContentLoader.load(directory: directory)
    }

    @Test("loads in French and English with the same ids and different texts")
    func languages() {
        let french = library.content(for: "fr")
        let english = library.content(for: "en")
        #expect(library.languages == ["fr", "en"])
        #expect(french.language == "fr" && english.language == "en")
        #expect(french.questions.map(\.id) == english.questions.map(\.id))
        #expect(french.trainings.map(\.id) == english.trainings.map(\.id))
        #expect(zip(french.questions, english.questions).allSatisfy { $0.text != $1.text })
        #expect(zip(french.trainings, english.trainings).allSatisfy { $0.title != $1.title })
    }

    @Test("meets the minimum counts", arguments: ["fr", "en"])
    func counts(language: String) {
        let content = library.content(for: language)
        #expect(content.dimensions.count >= 6)
        #expect(content.questions.count >= 20)
        #expect(content.levels.count == 4)
        #expect(content.trainings.count >= 6)
        for dimension in content.dimensions {
            #expect(content.questions.count { $0.dimension == dimension.id } >= 3, "\(dimension.id)")
            #expect(content.recommendations.count { $0.dimension == dimension.id } >= 2, "\(dimension.id)")
        }
        #expect(content.offers.count == 3 && content.offers.allSatisfy(\.example))
    }

    @Test("has the trainings the issue asks for")
    func requiredTrainings() {
        let ids = Set(library.french.trainings.map(\.id))
        let required: Set = ["fiche-google", "page-pro-reseaux", "avis-clients", "click-and-collect", "paiement",
                             "cybersecurite", "facture-electronique"]
        #expect(required.isSubset(of: ids))
    }

    @Test("questions stay short enough to answer at a glance", arguments: ["fr", "en"])
    func shortTexts(language: String) {
        for question in library.content(for: language).questions {
            #expect(question.text.count <= 120, "\(question.id)")
            #expect(question.answers.allSatisfy { $0.label.count <= 60 }, "\(question.id)")
        }
    }

    /// The answers worth the fewest (or most) points, to every question.
    private func extreme(_ content: Content, lowest: Bool) -> [String: String] {
        Dictionary(uniqueKeysWithValues: content.questions.map { question in
            (question.id, (lowest ? question.answers.min { $0.points < $1.points } : question.answers.max { $0.points < $1.points })!.id)
        })
    }

    @Test("the weakest profile gets three priorities, the page builder first, then more on demand")
    func weakestProfile() throws {
        let content = library.french
        let answers = extreme(content, lowest: true)
        let result = try content.score(answers: answers)
        #expect(result.overall == 0 && result.level?.id == "debutant")
        let plan = content.plan(for: answers)
        #expect(plan.priorities.count == 3 && !plan.more.isEmpty)
        #expect(plan.priorities.first?.action.kind == .pageBuilder)
        #expect(plan.priorities.contains { $0.action.kind == .advisor })
        for action in plan.priorities + plan.more where action.action.kind == .training {
            #expect(action.action.title?.isEmpty == false, "\(action.id)")
        }
    }

    @Test("the strongest profile scores 100 and gets no action")
    func strongestProfile() throws {
        let content = library.content(for: "en")
        let answers = extreme(content, lowest: false)
        let result = try content.score(answers: answers)
        #expect(result.overall == 100)
        let plan = content.plan(for: answers)
        #expect(plan.priorities.isEmpty && plan.more.isEmpty)
    }

    /// The walk found "Acceptez la carte…" for someone who does, "Rangez les données…" for
    /// someone who keeps none: no answer marked in place may trigger anything.
    @Test("no action contradicts an answer saying the practice is in place", arguments: ["fr", "en"])
    func noContradiction(language: String) {
        let content = library.content(for: language)
        for question in content.questions {
            for answer in question.answers where answer.inPlace {
                let plan = content.plan(for: [question.id: answer.id])
                #expect(plan.priorities.isEmpty && plan.more.isEmpty, "\(question.id)=\(answer.id)")
            }
        }
        let cardAlready = content.plan(for: ["paiement-carte": "sans-contact", "donnees-clients": "aucune-donnee"])
        #expect(!(cardAlready.priorities + cardAlready.more).contains { ["accepter-carte", "ranger-donnees-clients"].contains($0.id) })
    }

    @Test("a weak online presence puts the page builder first")
    func pageBuilderFirst() {
        let plan = library.french.plan(for: ["fiche-google": "non", "site-web": "non", "paiement-carte": "non", "sauvegardes": "non"])
        #expect(plan.priorities.first?.action.kind == .pageBuilder)
    }

    /// Issue 12: the longest path at 150 words a minute plus 2 s a tap stays within 5 minutes,
    /// a typical one about 3.
    @Test("the diagnostic's longest path takes at most 5 minutes", arguments: ["fr", "en"])
    func length(language: String) {
        let content = library.content(for: language)
        let estimate = content.estimate
        #expect(estimate.longestSeconds <= 300, "\(estimate)")
        #expect((120...210).contains(estimate.typicalSeconds), "\(estimate)")
        let everyQuestion = content.questions.reduce(0) { $0 + $1.words } * 400 + content.questions.count * 2000
        #expect(estimate.longestSeconds * 1000 <= everyQuestion + 999)
    }

    @Test("every quiz passes with its correct choices and fails with none")
    func quizzes() throws {
        let content = library.french
        for training in content.trainings {
            let correct = Dictionary(uniqueKeysWithValues: training.quiz.questions.map { question in
                (question.id, question.choices.first(where: \.correct)!.id)
            })
            #expect(try content.grade(training: training.id, answers: correct).passed, "\(training.id)")
            #expect(try !content.grade(training: training.id, answers: [:]).passed, "\(training.id)")
        }
    }
}

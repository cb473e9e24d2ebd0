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
            #expect(content.recommendations.count { $0.dimension == dimension.id } >= 3, "\(dimension.id)")
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

    @Test("the weakest profile gets one to three actions in every dimension, each with its training")
    func weakestProfile() throws {
        let content = library.french
        let answers = Dictionary(uniqueKeysWithValues: content.questions.map { question in
            (question.id, question.answers.min { $0.points < $1.points }!.id)
        })
        let result = try content.score(answers: answers)
        #expect(result.overall == 0 && result.level?.id == "debutant")
        let advice = content.advice(for: result)
        #expect(advice.count == content.dimensions.count)
        for dimension in advice {
            #expect((1...3).contains(dimension.actions.count), "\(dimension.dimension)")
            #expect(dimension.actions.allSatisfy { !$0.training.title.isEmpty })
        }
        #expect(advice.first { $0.dimension == "presence" }?.actions.first?.offers.map(\.id) == ["atelier-fiche-google"])
    }

    @Test("the strongest profile scores 100, is advanced and gets no action")
    func strongestProfile() throws {
        let content = library.content(for: "en")
        let answers = Dictionary(uniqueKeysWithValues: content.questions.map { question in
            (question.id, question.answers.max { $0.points < $1.points }!.id)
        })
        let result = try content.score(answers: answers)
        #expect(result.overall == 100 && result.level?.name == "Advanced")
        #expect(content.advice(for: result).isEmpty)
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

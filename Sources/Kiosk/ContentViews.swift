import Onboarding
import Time

/// The diagnostic as the screen shows it: questions and answer labels, without the points
/// (scoring happens on the server, so the weights cannot be read off the page), with what the
/// screen needs to skip questions (`showIf`) and to say how long is left (words, seconds,
/// the estimate computed from the content).
struct DiagnosticView: Encodable {
    struct DimensionItem: Encodable { let id, name, description: String }
    struct AnswerItem: Encodable { let id, label: String }
    struct QuestionItem: Encodable {
        let id, dimension, text: String
        let help: String?
        let answers: [AnswerItem]
        let showIf: AnswerCondition?
        let words: Int
        let seconds: Int
    }

    let dimensions: [DimensionItem]
    let questions: [QuestionItem]
    let estimate: DiagnosticEstimate

    init(_ content: Content) {
        dimensions = content.dimensions.map { DimensionItem(id: $0.id, name: $0.name, description: $0.description) }
        questions = content.questions.map { question in
            QuestionItem(id: question.id, dimension: question.dimension, text: question.text, help: question.help,
                         answers: question.answers.map { AnswerItem(id: $0.id, label: $0.label) }, showIf: question.showIf,
                         words: question.words, seconds: question.seconds)
        }
        estimate = content.estimate
    }
}

/// A training in the list.
struct TrainingSummary: Encodable {
    let id, title, summary: String
    let minutes: Int

    init(_ training: Training) {
        id = training.id
        title = training.title
        summary = training.summary
        minutes = training.durationMinutes
    }
}

/// A training to follow, with its quiz but not which choice is correct.
struct TrainingView: Encodable {
    struct Choice: Encodable { let id, label: String }
    struct QuizQuestionItem: Encodable {
        let id, text: String
        let choices: [Choice]
    }
    struct QuizItem: Encodable {
        let passMark: Int
        let questions: [QuizQuestionItem]
    }

    let id, title, summary: String
    let minutes: Int
    let steps: [TrainingStep]
    let quiz: QuizItem

    init(_ training: Training) {
        id = training.id
        title = training.title
        summary = training.summary
        minutes = training.durationMinutes
        steps = training.steps
        quiz = QuizItem(passMark: training.quiz.passMark, questions: training.quiz.questions.map { question in
            QuizQuestionItem(id: question.id, text: question.text, choices: question.choices.map { Choice(id: $0.id, label: $0.label) })
        })
    }
}

/// The "passeport numérique": what this visitor (and, after resuming, this owner) has done.
struct PassportView: Encodable {
    let diagnostic: DiagnosticStamp?
    let trainings: [TrainingStamp]
    let pagePublished: Timestamp?
    let posterPrinted: Timestamp?
    let advisorRequested: Timestamp?
    let resumeCode: String?
    /// The consent in force (purposes, hub, when), after consenting or resuming.
    let consent: ConsentRecord?
    /// Same-origin path of the QR code to the public passport, when there is one.
    let qrCode: String?
    /// The owner's shop page (name, published or not), for "welcome back"; nil without one.
    let shop: ShopSummary?
    /// What to offer first.
    let next: NextStep
    /// The printed posters' scans this month; nil without a shop.
    let posterScans: PosterFigures?
    /// The slug the hub refused to the shop and the one it suggests, for a one-tap change.
    let slugConflict: SlugChoice?

    init(_ passport: Passport, resumeCode: String?, consent: ConsentRecord?, qrCode: String?, shop: ShopSummary?,
         posterScans: PosterFigures? = nil, slugConflict: SlugChoice? = nil) {
        diagnostic = passport.diagnostic
        trainings = passport.trainingsPassed
        pagePublished = passport.pagePublished
        posterPrinted = passport.posterPrinted
        advisorRequested = passport.advisorRequested
        self.resumeCode = resumeCode
        self.consent = consent
        self.qrCode = qrCode
        self.shop = shop
        next = NextStep.after(passport, shop: shop)
        self.posterScans = posterScans
        self.slugConflict = slugConflict
    }
}

/// A slug the hub refused (another kiosk's shop holds it) and the free one it suggests.
struct SlugChoice: Encodable {
    let slug: String
    let suggestion: String
}

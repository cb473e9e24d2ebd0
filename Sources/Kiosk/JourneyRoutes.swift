import HTTPServer
import JSON
import Onboarding

/// The diagnostic, the trainings and the passport.
enum JourneyRoutes {
    struct Answers: Decodable { let answers: [String: String] }

    static func add(to router: inout Router, _ services: KioskServices) {
        let diagnostics = diagnosticResponses(services)
        router.add(.get, "/api/v1/diagnostic") { request throws(HTTPError) in
            guard let prepared = diagnostics[try KioskRoutes.language(request)] else { throw KioskRoutes.internalError }
            return .prepared(prepared)
        }
        router.add(.post, "/api/v1/sessions/{id}/diagnostic") { request throws(HTTPError) in
            try diagnostic(request, services)
        }
        router.add(.get, "/api/v1/sessions/{id}/diagnostic") { request throws(HTTPError) in
            try latestDiagnostic(request, services)
        }
        router.add(.get, "/api/v1/trainings") { request throws(HTTPError) in
            JSONBody.response(try services.content(for: request).0.trainings.map(TrainingSummary.init))
        }
        router.add(.get, "/api/v1/trainings/{training}") { request throws(HTTPError) in
            JSONBody.response(TrainingView(try training(request, in: services.content(for: request).0)))
        }
        router.add(.post, "/api/v1/sessions/{id}/trainings/{training}/quiz") { request throws(HTTPError) in
            try quiz(request, services)
        }
        router.add(.get, "/api/v1/sessions/{id}/passport") { request throws(HTTPError) in
            JSONBody.response(try passport(for: services.activeSession(request), services))
        }
        router.add(.get, "/api/v1/sessions/{id}/passport/qr.svg") { request throws(HTTPError) in
            try PassportQR.reply(request, services)
        }
    }

    /// The questions do not change while the daemon runs: each language's answer (with its
    /// estimate, which walks every path) is built once.
    private static func diagnosticResponses(_ services: KioskServices) -> [Language: PreparedResponse] {
        var responses: [Language: PreparedResponse] = [:]
        for language in Language.allCases {
            guard let bytes = try? JSON.encode(DiagnosticView(services.content.content(for: language.rawValue))) else { continue }
            var response = Response.json("")
            response.body = bytes
            responses[language] = PreparedResponse(response)
        }
        return responses
    }

    private static func diagnostic(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let answers = try JSONBody.decode(Answers.self, from: request).answers
        let content = services.content.content(for: session.language.rawValue)
        let asked: [String: String]
        let result: DiagnosticResult
        do throws(AnswerError) {
            asked = try content.askedAnswers(answers)
            result = try content.score(answers: asked)
        } catch {
            throw answerError(error)
        }
        let detail = (try? JSON.encode(asked)).map { String(decoding: $0, as: UTF8.self) }
        try services.storage {
            try services.progress.record(.diagnostic, sessionID: session.id, score: result.overall, detail: detail,
                                         event: Events.diagnosticCompleted(result, answers: asked))
        }
        return JSONBody.response(DiagnosticOutcome(result, plan: content.plan(for: asked)), status: 201)
    }

    /// The latest diagnostic of this visit (or of the owner's earlier visits), scored again in
    /// the language asked, without recording anything: a language switch or a resume shows the
    /// same result in other words.
    private static func latestDiagnostic(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let language = request.query["lang"] == nil ? session.language : try KioskRoutes.language(request)
        guard let detail = try services.storage({ try services.progress.latestDiagnostic(sessionID: session.id) }),
              let answers = try? JSON.decode([String: String].self, from: Array(detail.utf8)) else {
            throw .notFound("No diagnostic in this visit yet.")
        }
        let content = services.content.content(for: language.rawValue)
        let asked = content.recordedAnswers(answers)
        guard let result = try? content.score(answers: asked) else { throw .notFound("The recorded answers no longer match the content.") }
        return JSONBody.response(DiagnosticOutcome(result, plan: content.plan(for: asked)))
    }

    private static func quiz(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let content = services.content.content(for: session.language.rawValue)
        let training = try training(request, in: content)
        let answers = try JSONBody.decode(Answers.self, from: request).answers
        let result: QuizResult
        do throws(AnswerError) {
            result = try content.grade(training: training.id, answers: answers)
        } catch {
            throw answerError(error)
        }
        try services.storage {
            try services.progress.record(.training, sessionID: session.id, subject: training.id,
                                         score: result.correct, passed: result.passed,
                                         event: result.passed ? Events.trainingPassed(training.id, correct: result.correct, total: result.total) : nil)
        }
        return JSONBody.response(result)
    }

    static func passport(for session: VisitorSession, _ services: KioskServices) throws(HTTPError) -> PassportView {
        let content = services.content.content(for: session.language.rawValue)
        let facts = try services.storage { try services.progress.facts(sessionID: session.id) }
        let owner = try services.ownerID(of: session)
        guard let owner else {
            return PassportView(content.passport(from: facts), resumeCode: nil, consent: nil, qrCode: nil, shop: nil)
        }
        let record = try services.storage { try services.owners.record(ownerID: owner) }
        let shop = try services.storage { try services.shops.find(ownerID: owner) }
        let figures = try shop.map { (shop) throws(HTTPError) in try services.storage { try PosterFigures.read(shopID: shop.id, services.shops.database) } }
        let conflict = try services.storage { try services.feedback.conflict(ownerID: owner) }
        return PassportView(content.passport(from: facts), resumeCode: record?.resumeCode, consent: record?.consent,
                            qrCode: record?.passportToken.map { _ in "/api/v1/sessions/\(session.id)/passport/qr.svg" },
                            shop: ShopSummary(shop), posterScans: figures,
                            slugConflict: conflict.map { SlugChoice(slug: $0.slug, suggestion: $0.suggestion) })
    }

    private static func training(_ request: Request, in content: Content) throws(HTTPError) -> Training {
        let id = request.parameters["training"] ?? ""
        guard let training = content.trainings.first(where: { $0.id == id }) else { throw .notFound("No training \(id).") }
        return training
    }

    /// Unknown ids in answers are the client's mistake: 422 naming the answer's field.
    private static func answerError(_ error: AnswerError) -> HTTPError {
        switch error {
        case .unknownQuestion(let question): .invalidField("answers.\(question)", "is not a question here")
        case .unknownAnswer(let question, let answer): .invalidField("answers.\(question)", "'\(answer)' is not one of its answers")
        case .unknownTraining(let training): .notFound("No training \(training).")
        }
    }
}

/// A scored diagnostic: the scores, then "Vos 3 priorités" and the other actions on demand.
struct DiagnosticOutcome: Encodable {
    let result: DiagnosticResult
    let priorities: [RecommendedAction]
    let more: [RecommendedAction]

    init(_ result: DiagnosticResult, plan: ActionPlan) {
        self.result = result
        priorities = plan.priorities
        more = plan.more
    }
}

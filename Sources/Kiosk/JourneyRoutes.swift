import HTTPServer
import JSON
import Onboarding

/// The diagnostic, the trainings and the passport.
enum JourneyRoutes {
    struct Answers: Decodable { let answers: [String: String] }

    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.get, "/api/v1/diagnostic") { request throws(HTTPError) in
            JSONBody.response(DiagnosticView(try services.content(for: request).0))
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

    private static func diagnostic(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let answers = try JSONBody.decode(Answers.self, from: request).answers
        let content = services.content.content(for: session.language.rawValue)
        let result: DiagnosticResult
        do throws(AnswerError) {
            result = try content.score(answers: answers)
        } catch {
            throw answerError(error)
        }
        let detail = (try? JSON.encode(answers)).map { String(decoding: $0, as: UTF8.self) }
        try services.storage {
            try services.progress.record(.diagnostic, sessionID: session.id, score: result.overall, detail: detail,
                                         event: Events.diagnosticCompleted(result, answers: answers))
        }
        return JSONBody.response(DiagnosticOutcome(result: result, advice: content.advice(for: result)), status: 201)
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
        guard let result = try? content.score(answers: answers) else { throw .notFound("The recorded answers no longer match the content.") }
        return JSONBody.response(DiagnosticOutcome(result: result, advice: content.advice(for: result)))
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
        guard let owner else { return PassportView(content.passport(from: facts), resumeCode: nil, consent: nil, qrCode: nil) }
        let record = try services.storage { try services.owners.record(ownerID: owner) }
        return PassportView(content.passport(from: facts), resumeCode: record?.resumeCode, consent: record?.consent,
                            qrCode: record?.passportToken.map { _ in "/api/v1/sessions/\(session.id)/passport/qr.svg" })
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

struct DiagnosticOutcome: Encodable {
    let result: DiagnosticResult
    let advice: [DimensionAdvice]
}

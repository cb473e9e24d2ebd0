import JSON
import Onboarding
import ReportOutbox
import ReportProtocol

/// The events the kiosk reports, built from the facts of each change as the report protocol's
/// typed payloads. Only ids, scores and choices are facts; names, phone numbers and the passport
/// token are personal (`PersonalData`), and leave the box only for an owner who let the hub
/// receive personal data.
enum Events {
    static func visitStarted(_ language: Language) throws(JSONEncodingError) -> OutboxEvent {
        try OutboxEvent(.visitStarted, VisitStarted(language: language.rawValue))
    }

    static func diagnosticCompleted(_ result: DiagnosticResult, answers: [String: String]) throws(JSONEncodingError) -> OutboxEvent {
        let scores = Dictionary(result.dimensions.map { ($0.dimension, $0.score) }, uniquingKeysWith: { first, _ in first })
        return try OutboxEvent(.diagnosticCompleted, DiagnosticCompleted(overall: result.overall, level: result.level?.id,
                                                                           dimensions: scores, answers: answers))
    }

    static func trainingPassed(_ training: String, correct: Int, total: Int) throws(JSONEncodingError) -> OutboxEvent {
        try OutboxEvent(.trainingPassed, TrainingPassed(training: training, correct: correct, total: total))
    }

    static func posterPrinted(slug: String, format: String, code: PosterCode?) throws(JSONEncodingError) -> OutboxEvent {
        try OutboxEvent(.posterPrinted, PosterPrinted(slug: slug, format: format, code: code?.text))
    }

    static func advisorRequested(id: String, _ request: AdvisorRequests.Request) throws(JSONEncodingError) -> OutboxEvent {
        try OutboxEvent(.advisorRequested, AdvisorRequested(request: id, topic: request.topic, preferredTime: request.preferredTime,
                                                            name: request.name, phone: request.phone))
    }

    /// The passport token lets the hub show the owner's passport page: it goes only with the
    /// hub's consent, as personal data.
    static func consent(_ type: EventType, purposes: [Purpose], hub: Bool, noticeHash: String, passportToken: String?) throws(JSONEncodingError) -> OutboxEvent {
        try OutboxEvent(type, ConsentRecorded(purposes: purposes.map(\.rawValue), hub: hub, noticeHash: noticeHash,
                                              passportToken: passportToken))
    }

    static let consentWithdrawn = OutboxEvent(.consentWithdrawn)

    /// A published page is public by nature: the whole profile goes, for the hub to publish.
    static func page(_ type: EventType, slug: String, page: String) throws(JSONEncodingError) -> OutboxEvent {
        let profile = (try? JSON.parse(Array(page.utf8))) ?? .null
        return try OutboxEvent(type, PagePublished(slug: slug, page: profile))
    }

    static func pageUnpublished(slug: String) throws(JSONEncodingError) -> OutboxEvent {
        try OutboxEvent(.pageUnpublished, PageWithdrawn(slug: slug))
    }

    static func shopErased(slug: String?, shop: String) throws(JSONEncodingError) -> OutboxEvent {
        try OutboxEvent(.shopErased, PageWithdrawn(slug: slug, shop: shop))
    }
}

import JSON
import Onboarding

/// The events the kiosk reports, built from the facts of each change. Only ids, scores and
/// choices go in `data`; names and phone numbers go in `personal`, which leaves the box only
/// for an owner who let the hub receive personal data.
enum Events {
    static func visitStarted(_ language: Language) -> OutboxEvent {
        OutboxEvent(.visitStarted, [JSONField("language", .string(language.rawValue))])
    }

    /// The scores per dimension feed the hub's distributions; the answers its targets (a
    /// website? online sales?).
    static func diagnosticCompleted(_ result: DiagnosticResult, answers: [String: String]) -> OutboxEvent {
        let dimensions = result.dimensions.map { JSONField($0.dimension, $0.score.map { .number(JSONNumber($0)) } ?? .null) }
        let answered = answers.sorted { $0.key < $1.key }.map { JSONField($0.key, .string($0.value)) }
        return OutboxEvent(.diagnosticCompleted, [
            JSONField("overall", result.overall.map { .number(JSONNumber($0)) } ?? .null),
            JSONField("level", result.level.map { .string($0.id) } ?? .null),
            JSONField("dimensions", .object(dimensions)), JSONField("answers", .object(answered)),
        ])
    }

    static func trainingPassed(_ training: String, correct: Int, total: Int) -> OutboxEvent {
        OutboxEvent(.trainingPassed, [JSONField("training", .string(training)), JSONField("correct", .number(JSONNumber(correct))),
                                      JSONField("total", .number(JSONNumber(total)))])
    }

    static func posterPrinted(slug: String, format: String) -> OutboxEvent {
        OutboxEvent(.posterPrinted, [JSONField("slug", .string(slug)), JSONField("format", .string(format))])
    }

    static func advisorRequested(id: String, _ request: AdvisorRequests.Request) -> OutboxEvent {
        OutboxEvent(.advisorRequested, [JSONField("request", .string(id)), JSONField("topic", .string(request.topic)),
                                        JSONField("preferredTime", .string(request.preferredTime))],
                    personal: [JSONField("name", .string(request.name)), JSONField("phone", .string(request.phone))])
    }

    /// The passport token lets the hub show the owner's passport page: it goes only with the
    /// hub's consent, as personal data.
    static func consent(_ type: EventType, purposes: [Purpose], hub: Bool, noticeHash: String, passportToken: String?) -> OutboxEvent {
        OutboxEvent(type, [JSONField("purposes", .array(purposes.map { .string($0.rawValue) })), JSONField("hub", .bool(hub)),
                           JSONField("noticeHash", .string(noticeHash))],
                    personal: passportToken.map { [JSONField("passportToken", .string($0))] } ?? [])
    }

    static let consentWithdrawn = OutboxEvent(.consentWithdrawn)

    /// A published page is public by nature: the whole profile goes, for the hub to publish.
    static func page(_ type: EventType, slug: String, page: String) -> OutboxEvent {
        let profile = (try? JSON.parse(Array(page.utf8))) ?? .null
        return OutboxEvent(type, [JSONField("slug", .string(slug)), JSONField("page", profile)])
    }

    static func pageUnpublished(slug: String) -> OutboxEvent {
        OutboxEvent(.pageUnpublished, [JSONField("slug", .string(slug))])
    }
}

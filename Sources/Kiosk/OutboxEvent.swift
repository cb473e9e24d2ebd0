import JSON

/// A fact for the CCI hub: what happened (`type`), its facts, and separately its personal
/// fields, which leave the box only for an owner who let the hub receive them (and are wiped
/// from unsent events if that consent is withdrawn).
public struct OutboxEvent: Sendable {
    public let type: EventType
    public var data: [JSONField]
    public var personal: [JSONField]

    public init(_ type: EventType, _ data: [JSONField] = [], personal: [JSONField] = []) {
        self.type = type
        self.data = data
        self.personal = personal
    }
}

/// Every event type the kiosk reports, as the hub receives it.
public enum EventType: String, Sendable, CaseIterable {
    case visitStarted = "visit.started"
    case diagnosticCompleted = "diagnostic.completed"
    case trainingPassed = "training.passed"
    case pagePublished = "page.published"
    case pageUpdated = "page.updated"
    case pageUnpublished = "page.unpublished"
    case posterPrinted = "poster.printed"
    case advisorRequested = "advisor.requested"
    case consentGiven = "consent.given"
    case consentChanged = "consent.changed"
    case consentWithdrawn = "consent.withdrawn"
    case shopErased = "shop.erased"
}

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

import JSON
import ReportProtocol

/// A fact for the CCI hub: what happened (`type`), its facts, and separately its personal
/// fields, which leave the box only for an owner who let the hub receive them (and are wiped
/// from unsent events if that consent is withdrawn).
public struct OutboxEvent: Sendable {
    public let type: EventType
    public var data: [JSONField]
    public var personal: [JSONField]

    /// An event without data of its own (`consent.withdrawn`).
    public init(_ type: EventType) {
        self.type = type
        data = []
        personal = []
    }

    /// An event from its typed payload (`ReportProtocol`'s), split into facts and personal
    /// fields by `PersonalData.keys`.
    public init(_ type: EventType, _ payload: some Encodable & Sendable) throws(JSONEncodingError) {
        guard case .object(let fields) = try JSON.value(of: payload) else {
            throw JSONEncodingError(reason: "the data of a \(type.rawValue) event is not an object")
        }
        self.type = type
        data = fields.filter { !PersonalData.keys.contains($0.key) }
        personal = fields.filter { PersonalData.keys.contains($0.key) }
    }
}

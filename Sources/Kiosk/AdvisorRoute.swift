import HTTPServer
import Onboarding

/// `POST /api/v1/sessions/{id}/advisor-request`: validated, stored, and a passport fact.
enum AdvisorRoute {
    enum Topic: String, Decodable, CaseIterable {
        case website, social, onlineSales = "online-sales", payment, invoicing, security, other
    }

    enum PreferredTime: String, Decodable, CaseIterable {
        case morning, afternoon, any
    }

    struct Body: Decodable {
        let name: String
        let phone: String
        let topic: String
        let preferredTime: String
    }

    struct Created: Encodable { let id: String }

    static func request(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let body = try JSONBody.decode(Body.self, from: request)
        let validated = try validate(body)
        guard let owner = try services.ownerID(of: session),
              try services.storage({ try services.owners.purposes(ownerID: owner) }).contains(.callback) else {
            throw HTTPError(status: 409, code: "consent_required",
                            message: "Consent to be called back is needed before leaving a name and a phone number.")
        }
        let id = try services.storage { try services.advisors.add(validated, ownerID: owner, sessionID: session.id) }
        return JSONBody.response(Created(id: id), status: 201)
    }

    static func validate(_ body: Body) throws(HTTPError) -> AdvisorRequests.Request {
        let name = TypedText.line(body.name) ?? ""
        guard (2...80).contains(name.count) else {
            throw .invalidField("name", "must be 2 to 80 characters")
        }
        guard let phone = FrenchPhone.normalize(body.phone) else {
            throw .invalidField("phone", "must be a French phone number, like 06 12 34 56 78 or +33 6 12 34 56 78")
        }
        guard Topic(rawValue: body.topic) != nil else {
            throw .invalidField("topic", "must be one of " + Topic.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard PreferredTime(rawValue: body.preferredTime) != nil else {
            throw .invalidField("preferredTime", "must be one of " + PreferredTime.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return AdvisorRequests.Request(name: name, phone: phone, topic: body.topic, preferredTime: body.preferredTime)
    }
}

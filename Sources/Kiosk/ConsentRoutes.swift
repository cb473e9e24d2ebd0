import HTTPServer
import Onboarding
import Time
import Tokens

/// The privacy notice, consent and its withdrawal, resuming with code + PIN, and the request
/// for an advisor's call (the only route that takes personal fields, and only after consent).
enum ConsentRoutes {
    struct GiveConsent: Decodable {
        let purposes: [Purpose]
        let hub: Bool
        let noticeHash: String
        let pin: String
    }


    struct Resume: Decodable {
        let code: String
        let pin: String
    }

    struct ConsentGiven: Encodable {
        let resumeCode: String
        let purposes: [Purpose]
        let hub: Bool
    }

    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.get, "/api/v1/privacy") { request throws(HTTPError) in
            .response(services.privacy.response(for: try KioskRoutes.language(request)))
        }
        router.add(.post, "/api/v1/sessions/{id}/consent") { request throws(HTTPError) in
            try consent(request, services)
        }
        router.add(.put, "/api/v1/sessions/{id}/consent") { request throws(HTTPError) in
            try change(request, services)
        }
        router.add(.delete, "/api/v1/sessions/{id}/consent") { request throws(HTTPError) in
            let session = try services.activeSession(request)
            guard let owner = try services.ownerID(of: session) else { throw .notFound("No consent was given in this visit.") }
            try services.storage { try services.owners.withdraw(ownerID: owner) }
            services.shops.generation.bump()
            return SessionRoutes.noContent
        }
        router.add(.post, "/api/v1/sessions/{id}/resume") { request throws(HTTPError) in
            try resume(request, services)
        }
        router.add(.post, "/api/v1/sessions/{id}/advisor-request") { request throws(HTTPError) in
            try AdvisorRoute.request(request, services)
        }
    }

    private static func consent(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let body = try JSONBody.decode(GiveConsent.self, from: request)
        guard body.noticeHash == services.privacy.hash(for: session.language) else {
            throw .invalidField("noticeHash", "does not match the privacy notice in force; show it again")
        }
        try PIN.validate(body.pin)
        guard try services.ownerID(of: session) == nil else {
            throw HTTPError(status: 409, code: "already_consented", message: "Consent was already given in this visit.")
        }
        let purposes = Purpose.allCases.filter(body.purposes.contains)
        let consent = try services.storage {
            try services.owners.consent(sessionID: session.id, purposes: purposes, hub: body.hub,
                                        noticeHash: body.noticeHash, pin: body.pin)
        }
        return JSONBody.response(ConsentGiven(resumeCode: consent.resumeCode, purposes: consent.purposes, hub: consent.hub),
                                 status: 201)
    }

    /// Grows or narrows the consent given (or resumed) in this visit, confirmed with the owner's
    /// PIN: nothing published goes offline to add a purpose; personal data kept for a purpose no
    /// longer agreed to is deleted at once (dropping `publish` takes the page down).
    private static func change(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let body = try JSONBody.decode(GiveConsent.self, from: request)
        guard body.noticeHash == services.privacy.hash(for: session.language) else {
            throw .invalidField("noticeHash", "does not match the privacy notice in force; show it again")
        }
        try PIN.validate(body.pin)
        guard let owner = try services.ownerID(of: session) else { throw .notFound("No consent was given in this visit.") }
        let purposes = Purpose.allCases.filter(body.purposes.contains)
        let outcome = try services.storage {
            try services.owners.change(ownerID: owner, pin: body.pin, purposes: purposes, hub: body.hub, noticeHash: body.noticeHash)
        }
        if case .failure(let refusal) = outcome { throw PIN.refusal(refusal) }
        services.shops.generation.bump()
        guard let code = try services.storage({ try services.owners.record(ownerID: owner) })?.resumeCode else { throw .notFound() }
        return JSONBody.response(ConsentGiven(resumeCode: code, purposes: purposes, hub: body.hub))
    }

    private static func resume(_ request: Request, _ services: KioskServices) throws(HTTPError) -> Reply {
        let session = try services.activeSession(request)
        let body = try JSONBody.decode(Resume.self, from: request)
        guard let code = ResumeCode.normalize(body.code) else {
            throw .invalidField("code", "is not a resume code (8 letters and digits, like K7WX-3MQ9)")
        }
        try PIN.validate(body.pin)
        switch try services.storage({ try services.owners.resume(sessionID: session.id, code: code, pin: body.pin) }) {
        case .resumed:
            services.resumed.ring()
            return JSONBody.response(try JourneyRoutes.passport(for: session, services))
        case .wrongPIN(let left):
            throw PIN.refusal(.wrongPIN(attemptsLeft: left))
        case .unknownCode:
            throw HTTPError(status: 401, code: "wrong_pin", message: "Wrong code or PIN.")
        case .locked(let until):
            throw PIN.refusal(.locked(until: until))
        }
    }
}

/// PINs are 4 to 6 digits, typed on the numeric pad.
enum PIN {
    static func validate(_ pin: String) throws(HTTPError) {
        guard (4...6).contains(pin.utf8.count), pin.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw .invalidField("pin", "must be 4 to 6 digits")
        }
    }

    /// 401 with the attempts left, or 423 with when to try again: the same for resuming and for
    /// confirming a consent change, which share one failure counter.
    static func refusal(_ refusal: Owners.PINRefusal) -> HTTPError {
        switch refusal {
        case .wrongPIN(let left):
            HTTPError(status: 401, code: "wrong_pin", message: "Wrong code or PIN; \(left) attempt(s) left before a lock.",
                      details: [("attemptsLeft", .integer(left))])
        case .locked(let until):
            HTTPError(status: 423, code: "locked", message: "Too many wrong PINs; try again after \(until.rfc3339).",
                      headers: [("Retry-After", "\(max(1, until.seconds - Timestamp.now().seconds))")],
                      details: [("retryAt", .text(until.rfc3339))])
        }
    }
}

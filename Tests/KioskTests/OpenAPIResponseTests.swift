import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Kiosk
import Testing
import TestSupport

/// Real requests through a whole visit (every documented operation at least once, successes and
/// refusals), each answer checked against what `api/openapi.json` says: the status is
/// documented for that operation, the media type too, and a JSON body conforms to its schema.
@Suite("Real responses conform to the OpenAPI document", .ownThreads)
struct OpenAPIResponseTests {
    /// One request, and its answer checked against the document.
    final class Walk {
        let fixture: KioskFixture
        let document: OpenAPIDocument
        let validator: SchemaValidator
        var exercised = Set<String>()

        init() throws {
            fixture = try KioskFixture(maxBodyBytes: 16384)
            document = try OpenAPIDocument.load(OpenAPITests.file)
            validator = SchemaValidator(document: document)
        }

        @discardableResult
        func call(_ method: String, _ target: String, _ body: String? = nil, following: Bool = true,
                  sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int, json: JSONTree?) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(fixture.port)\(target)")!)
            request.httpMethod = method
            if let body {
                request.httpBody = Data(body.utf8)
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            }
            let (data, response) = try HTTP.send(request, following: following)
            let path = String(target.prefix { $0 != "?" })
            let operation = try #require(document.operation(method, path), "\(method) \(path) is not documented", sourceLocation: sourceLocation)
            exercised.insert("\(operation.method) \(operation.path)")
            let documented = try #require(document.response(operation, status: response.statusCode),
                                          "\(method) \(target): status \(response.statusCode) is not documented", sourceLocation: sourceLocation)
            return (response.statusCode, try check(data, response, documented, "\(method) \(target) → \(response.statusCode)", sourceLocation))
        }

        private func check(_ data: Data, _ response: HTTPURLResponse, _ documented: [String: Any], _ what: String,
                           _ sourceLocation: SourceLocation) throws -> JSONTree? {
            guard let content = documented["content"] as? [String: [String: Any]] else {
                #expect(data.isEmpty, "\(what): a body where the document says none", sourceLocation: sourceLocation)
                return nil
            }
            let type = (response.value(forHTTPHeaderField: "Content-Type") ?? "").split(separator: ";").first.map(String.init) ?? ""
            let media = try #require(content[type], "\(what): media type \(type) is not documented", sourceLocation: sourceLocation)
            guard type == "application/json" else { return nil }
            let value = try JSONDecoder().decode(JSONTree.self, from: data)
            let schema = try #require(media["schema"] as? [String: Any], sourceLocation: sourceLocation)
            let problems = validator.problems(value, schema)
            #expect(problems.isEmpty, "\(what): \(problems.joined(separator: "; "))", sourceLocation: sourceLocation)
            return value
        }

        static func member(_ value: JSONTree?, _ key: String) -> JSONTree? {
            guard case .object(let members)? = value else { return nil }
            return members[key]
        }

        static func text(_ value: JSONTree?, _ key: String) throws -> String {
            guard case .string(let text)? = member(value, key) else { throw OpenAPIDocument.Missing(key: key) }
            return text
        }
    }

    @Test func everyOperationAnswersAsDocumented() throws {
        let walk = try Walk()
        try publicReadings(walk)
        let session = try walk.text(walk.call("POST", "/api/v1/sessions", #"{"language":"fr"}"#).json, "id")
        try visit(walk, session)
        let code = try consentAndShop(walk, session)
        try publicPages(walk)
        try endings(walk, session, code: code)
        let all = Set(walk.document.operations.map { "\($0.method) \($0.path)" })
        #expect(all.subtracting(walk.exercised).isEmpty, "operations no request exercised")
    }

    private func publicReadings(_ walk: Walk) throws {
        walk.conforms("GET", "/healthz")
        walk.conforms("GET", "/metrics")
        walk.conforms("GET", "/api/v1/openapi.json")
        walk.conforms("GET", "/api/v1/kiosk")
        walk.conforms("GET", "/api/v1/identity/logo.svg")
        walk.conforms("GET", "/api/v1/diagnostic?lang=en")
        #expect(try walk.call("GET", "/api/v1/diagnostic?lang=de").status == 422)
        walk.conforms("GET", "/api/v1/privacy")
        walk.conforms("POST", "/api/v1/speech", #"{"text":"Bonjour et bienvenue.","language":"fr","rate":140}"#)
        #expect(try walk.call("POST", "/api/v1/speech", #"{"text":"Bonjour","language":"xx"}"#).status == 422)
        walk.conforms("GET", "/api/v1/trades")
        guard case .array(let trainings)? = try walk.call("GET", "/api/v1/trainings").json, let first = trainings.first else {
            Issue.record("no training listed")
            return
        }
        walk.conforms("GET", "/api/v1/trainings/\(try Walk.text(first, "id"))")
        #expect(try walk.call("GET", "/api/v1/trainings/no-such-training").status == 404)
        #expect(try walk.call("POST", "/api/v1/sessions", #"{"language":"de"}"#).status == 422)
        #expect(try walk.call("GET", "/api/v1/sessions/not-a-uuid").status == 422)
        #expect(try walk.call("GET", "/api/v1/sessions/\(UUID().uuidString.lowercased())").status == 404)
    }

    private func visit(_ walk: Walk, _ session: String) throws {
        let base = "/api/v1/sessions/\(session)"
        walk.conforms("GET", base)
        walk.conforms("POST", base + "/touch")
        walk.conforms("PUT", base + "/language", #"{"language":"en"}"#)
        #expect(try walk.call("GET", base + "/diagnostic").status == 404)
        #expect(try walk.call("POST", base + "/diagnostic", #"{"answers":{}}"#).status == 201)
        walk.conforms("GET", base + "/diagnostic?lang=fr")
        guard case .array(let trainings)? = try walk.call("GET", "/api/v1/trainings").json, let first = trainings.first else { return }
        walk.conforms("POST", base + "/trainings/\(try Walk.text(first, "id"))/quiz", #"{"answers":{}}"#)
        walk.conforms("GET", base + "/passport")
        #expect(try walk.call("GET", base + "/passport/qr.svg").status == 404)
        #expect(try walk.call("GET", base + "/shop").status == 403)
    }

    /// Consent, the advisor request and the page builder up to publication; returns the resume code.
    private func consentAndShop(_ walk: Walk, _ session: String) throws -> String {
        let base = "/api/v1/sessions/\(session)"
        let hash = try Walk.text(try walk.call("GET", "/api/v1/privacy?lang=en").json, "noticeHash")
        #expect(try walk.call("POST", base + "/consent", #"{"purposes":[],"hub":true,"noticeHash":"\#(hash)","pin":"12"}"#).status == 422)
        let given = try walk.call("POST", base + "/consent", #"{"purposes":["callback","publish"],"hub":true,"noticeHash":"\#(hash)","pin":"2468"}"#)
        #expect(given.status == 201)
        walk.conforms("PUT", base + "/consent", #"{"purposes":["callback","publish"],"hub":true,"noticeHash":"\#(hash)","pin":"2468"}"#)
        #expect(try walk.call("PUT", base + "/consent", #"{"purposes":["publish"],"hub":true,"noticeHash":"\#(hash)","pin":"1111"}"#).status == 401)
        walk.conforms("GET", base + "/passport/qr.svg")
        walk.conforms("POST", base + "/advisor-request", #"{"name":"Jeanne Martin","phone":"06 12 34 56 78","topic":"website","preferredTime":"morning"}"#)
        #expect(try walk.call("POST", base + "/advisor-request", #"{"name":"J","phone":"12","topic":"website","preferredTime":"morning"}"#).status == 422)
        walk.conforms("GET", base + "/shop")
        walk.conforms("PUT", base + "/shop", #"{"name":"","phone":"12"}"#)
        walk.conforms("PUT", base + "/shop", ShopAPITests.draft)
        walk.conforms("GET", base + "/shop/preview")
        walk.conforms("POST", base + "/shop/publish", "{}")
        #expect(try walk.call("POST", base + "/shop/slug", #"{"slug":"creperie-elodie-2"}"#).status == 422, "no conflict, no suggestion")
        walk.conforms("POST", base + "/shop/poster", #"{"format":"A5"}"#)
        walk.conforms("POST", base + "/directory/poster", #"{"format":"A6"}"#)
        walk.conforms("POST", base + "/resume-slip", "{}")
        #expect(try walk.call("GET", base + "/print-jobs/1").status == 404, "a job this visit never submitted")
        #expect(try walk.call("POST", base + "/shop/receipt", "{}").status == 409)
        walk.conforms("GET", base + "/passport")
        return try Walk.text(given.json, "resumeCode")
    }

    private func publicPages(_ walk: Walk) throws {
        for target in ["/s/creperie-elodie", "/s/creperie-elodie.vcf", "/s/creperie-elodie/qr.svg?for=review&ecc=H",
                       "/s/creperie-elodie/qr.png?size=4", "/s/creperie-elodie/poster?format=A6", "/s/creperie-elodie/poster.pdf?format=A5",
                       "/d/vitrine", "/d/vitrine/poster", "/d/vitrine/poster.pdf", "/d/vitrine/qr.svg", "/d/vitrine/qr.png"] {
            #expect(try walk.call("GET", target).status == 200, "\(target)")
        }
        #expect(try walk.call("GET", "/s/no-such-shop").status == 404)
        #expect(try walk.call("GET", "/Q/00000", following: false).status == 302, "the A5 poster's code")
        #expect(try walk.call("GET", "/q/00000", following: false).status == 302)
        #expect(try walk.call("GET", "/q/00ZZZ", following: false).status == 404)
        #expect(try walk.call("GET", "/s/creperie-elodie/qr.svg?ecc=X").status == 422)
        #expect(try walk.call("GET", "/d/elsewhere").status == 404)
    }

    private func endings(_ walk: Walk, _ session: String, code: String) throws {
        let base = "/api/v1/sessions/\(session)"
        walk.conforms("DELETE", base + "/shop/publish")
        let later = try Walk.text(try walk.call("POST", "/api/v1/sessions", #"{"language":"fr"}"#).json, "id")
        #expect(try walk.call("POST", "/api/v1/sessions/\(later)/resume", #"{"code":"\#(code)","pin":"0000"}"#).status == 401)
        #expect(try walk.call("POST", "/api/v1/sessions/\(later)/resume", #"{"code":"\#(code)","pin":"2468"}"#).status == 200)
        walk.conforms("DELETE", "/api/v1/sessions/\(later)/consent")
        walk.conforms("DELETE", "/api/v1/sessions/\(later)")
        #expect(try walk.call("GET", "/api/v1/sessions/\(later)/passport").status == 410)
    }
}

extension OpenAPIResponseTests.Walk {
    /// A call whose answer only has to conform (its status is whatever the document allows).
    func conforms(_ method: String, _ target: String, _ body: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try call(method, target, body, sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(method) \(target): \(error)", sourceLocation: sourceLocation)
        }
    }

    func text(_ value: JSONTree?, _ key: String) throws -> String { try Self.text(value, key) }
}

extension OpenAPIDocument {
    struct Missing: Error { let key: String }
}

@Suite("The schema check catches answers that break the document")
struct SchemaValidatorTests {
    func problems(_ json: String, _ schema: String) throws -> [String] {
        let document = try OpenAPIDocument.load(OpenAPITests.file)
        let value = try JSONDecoder().decode(JSONTree.self, from: Data(json.utf8))
        return SchemaValidator(document: document).problems(value, ["$ref": "#/components/schemas/\(schema)"])
    }

    @Test func conformingAnswerPasses() throws {
        let session = #"{"id":"0b0e7f0c-5f4a-4b43-9d5e-1f2a3b4c5d6e","language":"fr","startedAt":"2026-12-02T07:30:00Z","active":true}"#
        #expect(try problems(session, "Session").isEmpty)
    }

    @Test func missingMembersWrongTypesAndBadFormatsAreFound() throws {
        let found = try problems(#"{"language":"de","startedAt":"yesterday","active":"yes"}"#, "Session")
        #expect(found.contains("$: missing id"))
        #expect(found.contains { $0.hasPrefix("$.language:") && $0.contains("not one of") })
        #expect(found.contains { $0.hasPrefix("$.startedAt:") && $0.contains("RFC 3339") })
        #expect(found.contains { $0.hasPrefix("$.active:") && $0.contains("boolean") })
        #expect(try problems(#"{"overall":1.5,"questionCount":3,"answered":3,"dimensions":[]}"#, "DiagnosticOutcome")
            .contains("$: missing result"))
        #expect(try problems(#"{"name":"x","colour":"red"}"#, "ShopDraft") == ["$: colour is not allowed"])
        #expect(try problems(#"{"name":"Jo","phone":"1","topic":"website","preferredTime":"noon"}"#, "AdvisorRequest").count == 1)
        #expect(try problems(#"{"error":{"code":"x"}}"#, "Error") == ["$.error: missing message"])
    }
}

import JSON
import ReportOutbox
import ReportProtocol
import Testing

@Suite("Outbox events from the report protocol's typed payloads")
struct OutboxEventTests {
    @Test func personalFieldsAreSplitFromTheFacts() throws {
        let event = try OutboxEvent(.advisorRequested, AdvisorRequested(request: "r1", topic: "website", preferredTime: "any",
                                                                        name: "Paul", phone: "+33612345678"))
        #expect(event.data.map(\.key) == ["preferredTime", "request", "topic"])
        #expect(event.personal == [JSONField("name", .string("Paul")), JSONField("phone", .string("+33612345678"))])
    }

    @Test func anUnscoredDimensionIsWrittenAsNull() throws {
        let event = try OutboxEvent(.diagnosticCompleted, DiagnosticCompleted(overall: nil, level: nil, dimensions: ["web": nil, "social": 40],
                                                                              answers: ["q1": "yes"]))
        #expect(event.data.first { $0.key == "dimensions" }?.value
                == .object([JSONField("social", .number(JSONNumber(40))), JSONField("web", .null)]))
        #expect(event.personal.isEmpty)
    }

    @Test func whatTheKioskWritesTheHubReads() throws {
        let written = try OutboxEvent(.consentGiven, ConsentRecorded(purposes: ["publish"], hub: true, noticeHash: "h", passportToken: "tok"))
        let read = try JSON.decode(ConsentRecorded.self, from: .object(written.data + written.personal + [JSONField("owner", .string("o1"))]),
                                   allowUnknownKeys: true)
        #expect(read == ConsentRecorded(purposes: ["publish"], hub: true, noticeHash: "h", passportToken: "tok"))
    }
}

import Foundation
import Hub
import JSON
import ReportProtocol
import Testing
import Time
import TestSupport

@Suite("Hub ingest: verified, idempotent, refusals store nothing", .ownThreads)
struct IngestTests {
    @Test func aBatchIsStoredOnceAndAcknowledgedTheSameWayEachTime() throws {
        let hub = try HubFixture()
        let events = (0..<3).map { _ in HubFixture.event("visit.started", [JSONField("session", .string(UUID().uuidString))]) }
        let body = HubFixture.body(events)
        let first = try hub.send(body, batch: "msg_1").get()
        #expect(first.acked == events.map(\.id))
        let again = try hub.send(body, batch: "msg_1", timestamp: Timestamp.now().seconds + 1).get()
        #expect(again.acked == first.acked)
        #expect(try hub.count("events") == 3)
    }

    @Test func theSameRequestTwiceIsAReplay() throws {
        let hub = try HubFixture()
        let body = HubFixture.body([HubFixture.event("visit.started", [])])
        let time = Timestamp.now().seconds
        _ = try hub.send(body, batch: "msg_r", timestamp: time).get()
        #expect(hub.send(body, batch: "msg_r", timestamp: time) == .failure(HTTPErrorBox(status: 409, code: "replayed")))
    }

    @Test func refusalsStoreNothing() throws {
        let hub = try HubFixture()
        let body = HubFixture.body([HubFixture.event("visit.started", [])])
        let cases: [(Result<Ingest.Outcome, HTTPErrorBox>, Int)] = [
            (hub.send(body, signature: "v1," + Base64Text.zeros), 401),
            (hub.send(body, signature: WebhookSignature.sign(WebhookSecret.generate(), id: "x", timestamp: 1, body: body)), 401),
            (hub.send(body, timestamp: Timestamp.now().seconds - 3600), 401),
            (hub.send(body, timestamp: Timestamp.now().seconds + 3600), 401),
            (hub.send(body, kiosk: "intruder"), 401),
            (hub.send(Array(#"{"events":[{"id":"a"}]}"#.utf8)), 422),
            (hub.send(Array("{not json".utf8)), 400),
            (hub.send(Array(#"{"events":[]}"#.utf8)), 422),
            (hub.send(HubFixture.body([HubFixture.event("visit.started", [], id: "a"), HubFixture.event("x", [], id: "a")])), 422),
            (hub.send(HubFixture.body([ReportEvent(id: "b", type: "x", at: "yesterday", data: .object([]))])), 422),
            (hub.send(HubFixture.body([ReportEvent(id: "b c", type: "x", at: Timestamp.now().rfc3339, data: .object([]))])), 422),
            (hub.send(HubFixture.body([ReportEvent(id: "b", type: "x", at: Timestamp.now().rfc3339, data: .array([]))])), 422),
        ]
        for (index, (result, status)) in cases.enumerated() {
            guard case .failure(let error) = result else {
                Issue.record("case \(index) was accepted")
                continue
            }
            #expect(error.status == status, "case \(index): \(error)")
        }
        #expect(try hub.count("events") == 0 && hub.count("deliveries") == 0)
        let tampered = Array(String(decoding: body, as: UTF8.self).utf8) + [0x20]
        let signed = WebhookSignature.sign(hub.secret, id: "msg_t", timestamp: Timestamp.now().seconds, body: body)
        #expect(hub.send(tampered, batch: "msg_t", signature: signed) == .failure(HTTPErrorBox(status: 401, code: "bad_signature")))
        #expect(try hub.count("events") == 0)
    }
}

/// A base64 text of 32 zero bytes.
enum Base64Text {
    static let zeros = Data(count: 32).base64EncodedString()
}

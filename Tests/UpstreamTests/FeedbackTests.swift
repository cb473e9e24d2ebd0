import Foundation
import HTTPServer
import JSON
import Kiosk
import Logging
import ReportOutbox
import ReportProtocol
import Storage
import Synchronization
import TestSupport
import Testing
@testable import Upstream

/// A hub on a real loopback socket answering `GET …/feedback` only to a request signed with the
/// kiosk's secret (Standard Webhooks over the empty body), as the hub's endpoint does.
final class FeedbackHub: HTTPHandler {
    let secret: WebhookSecret
    let answer: KioskFeedback
    private let seen = Mutex<[String]>([])
    var requests: [String] { seen.withLock { $0 } }

    init(secret: WebhookSecret, answer: KioskFeedback) {
        self.secret = secret
        self.answer = answer
    }

    func respond(to request: Request) -> Reply {
        seen.withLock { $0.append("\(request.method) \(request.path)") }
        guard request.method == .get, request.path == KioskFeedback.path(kiosk: "k1") else { return .response(.empty(status: 404)) }
        do {
            try WebhookSignature.verify(secret, id: request.header("webhook-id"), timestamp: request.header("webhook-timestamp"),
                                        signatures: request.header("webhook-signature"), body: request.body,
                                        now: Int64(Date().timeIntervalSince1970))
        } catch {
            return .response(.json(#"{"error":{"code":"bad_signature","message":"\#(error)"}}"#, status: 401))
        }
        var response = Response.json("")
        response.body = (try? JSON.encode(answer)) ?? []
        return .response(response)
    }
}

@Suite("The kiosk's signed feedback fetch: signature, pace, what reaches the kiosk", .ownThreads)
struct FeedbackTests {
    let directory = Scratch.root + "/vitrine-feedback-\(UUID().uuidString)"
    let database: Database
    let secret = WebhookSecret.generate()
    static let answer = KioskFeedback(prefix: "K7", at: "2026-12-02T10:00:00Z",
                                      scans: [CodeScans(code: "K7000", days: [DayCount(day: "2026-12-01", count: 3)])],
                                      slugConflicts: [SlugConflict(shop: "o1", slug: "demo-2", suggestion: "demo-3")])

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory + "/k.sqlite", migrations: KioskSchema.migrations)
    }

    func sender(hubURL: String, secret: WebhookSecret, transport: any ReportTransport, received: Received) -> Sender {
        let settings = UpstreamSettings(hubURL: hubURL, kioskID: "k1", secret: secret)
        return Sender(reader: OutboxReader(database: database), settings: settings, transport: transport,
                      feedback: { received.add($0) }, logger: Logger(label: "test"))
    }

    @Test func aSignedGetOverTheNetworkBringsTheFeedbackBack() throws {
        let hub = FeedbackHub(secret: secret, answer: Self.answer)
        var configuration = ServerConfiguration()
        configuration.port = 0
        let server = HTTPServer(configuration: configuration, handler: hub, logger: Logger(label: "test"))
        try server.start()
        defer { server.stop(grace: 1) }
        let received = Received()
        let base = "http://127.0.0.1:\(server.port)"
        #expect(sender(hubURL: base, secret: secret, transport: CurlTransport(), received: received).fetchFeedback())
        #expect(received.all == [Self.answer])
        #expect(hub.requests == ["GET /api/v1/kiosks/k1/feedback"])
        let stranger = sender(hubURL: base, secret: WebhookSecret.generate(), transport: CurlTransport(), received: received)
        #expect(!stranger.fetchFeedback(), "another key is refused by the hub, and nothing is stored")
        #expect(received.all.count == 1)
    }

    @Test func anUnreadableOrRefusedAnswerIsNotHandedOn() throws {
        let hub = ScriptedHub()
        let received = Received()
        let sender = sender(hubURL: "http://127.0.0.1:9", secret: secret, transport: hub, received: received)
        var wrongPrefix = Self.answer
        wrongPrefix.prefix = "IL"
        hub.script([.success(HTTPReply(status: 404)), .success(HTTPReply(status: 200, body: Array("{}".utf8))),
                    .success(HTTPReply(status: 200, body: try JSON.encode(wrongPrefix))),
                    .failure(TransportFailure("refused"))])
        for _ in 0..<4 { #expect(!sender.fetchFeedback()) }
        #expect(received.all.isEmpty)
        let sent = try #require(hub.sent.first)
        try WebhookSignature.verify(secret, id: sent.headers["webhook-id"], timestamp: sent.headers["webhook-timestamp"],
                                    signatures: sent.headers["webhook-signature"], body: [], now: Int64(Date().timeIntervalSince1970))
        #expect(Set(hub.sent.compactMap { $0.headers["webhook-id"] }).count == 4, "a fresh id per request")
    }

    @Test func thePaceAsksAtStartOnResumeAndAfterDeliveriesAtMostEveryFewMinutes() {
        var pace = FeedbackPace()
        #expect(pace.isDue(now: 1000), "at start")
        pace.fetched(now: 1000, .succeeded)
        #expect(!pace.isDue(now: 1001))
        pace.deliveredEvents()
        #expect(!pace.isDue(now: 1000 + FeedbackPace.deliveredSeconds - 1) && pace.isDue(now: 1000 + FeedbackPace.deliveredSeconds))
        pace.fetched(now: 2000, .succeeded)
        pace.request()
        #expect(!pace.isDue(now: 2000 + FeedbackPace.requestedSeconds - 1) && pace.isDue(now: 2000 + FeedbackPace.requestedSeconds))
        pace.fetched(now: 3000, .failed)
        #expect(!pace.isDue(now: 3000 + FeedbackPace.failedSeconds - 1) && pace.isDue(now: 3000 + FeedbackPace.failedSeconds))
        pace.fetched(now: 4000, .succeeded)
        #expect(!pace.isDue(now: 100_000), "nothing new: no fetch")
    }

    @Test func aHubWithoutTheEndpointIsAskedAgainOnlyAfterAnHour() {
        var pace = FeedbackPace()
        pace.fetched(now: 1000, .unsupported)
        pace.request()
        pace.deliveredEvents()
        #expect(!pace.isDue(now: 1000 + FeedbackPace.failedSeconds), "neither a resume nor a delivery asks sooner")
        #expect(!pace.isDue(now: 1000 + FeedbackPace.unsupportedSeconds - 1) && pace.isDue(now: 1000 + FeedbackPace.unsupportedSeconds))
        pace.fetched(now: 5000, .succeeded)
        pace.request()
        #expect(pace.isDue(now: 5000 + FeedbackPace.requestedSeconds), "an updated hub: the usual pace")
    }
}

/// What the sender handed on, in order.
final class Received: Sendable {
    private let answers = Mutex<[KioskFeedback]>([])
    func add(_ answer: KioskFeedback) { answers.withLock { $0.append(answer) } }
    var all: [KioskFeedback] { answers.withLock { $0 } }
}

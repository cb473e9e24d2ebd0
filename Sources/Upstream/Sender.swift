import Glibc
import JSON
import Logging
import ReportOutbox
import ReportProtocol
import Synchronization
import Time
import Tokens

/// Delivers the outbox to the hub on a thread of its own, so the touch UI never waits for the
/// network: one batch at a time, signed on every attempt, retried with backoff until the hub
/// acknowledges it; an event leaves the outbox only once acknowledged. On the same thread it
/// asks the hub for its feedback (poster-code prefix, scans, slug conflicts) at the pace of
/// `FeedbackPace`, with a request signed like the reports.
public final class Sender: Sendable {
    private let reader: OutboxReader
    private let settings: UpstreamSettings
    private let transport: any ReportTransport
    private let logger: Logger
    private let waker = Waker()
    private let stopping = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)
    private let backoff: Mutex<Backoff>
    /// Where the hub's feedback goes (the kiosk's database); nil: no feedback is asked.
    private let feedback: (@Sendable (KioskFeedback) -> Void)?
    private let pace = Mutex(FeedbackPace())

    public init(reader: OutboxReader, settings: UpstreamSettings, transport: any ReportTransport = CurlTransport(),
                feedback: (@Sendable (KioskFeedback) -> Void)? = nil, logger: Logger) {
        self.reader = reader
        self.settings = settings
        self.transport = transport
        self.feedback = feedback
        self.logger = logger
        backoff = Mutex(Backoff(capSeconds: settings.retryCapSeconds))
    }

    /// An owner resumed at the kiosk: ask the hub for fresh feedback soon.
    public func requestFeedback() {
        pace.withLock { $0.request() }
        waker.signal()
    }

    /// Starts the sending thread.
    public func start() {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        if pthread_create(&thread, nil, { context in
            let sender = Unmanaged<Sender>.fromOpaque(context!).takeRetainedValue()
            sender.loop()
            return nil
        }, context) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Sender>.fromOpaque(context).release()
            logger.error("upstream: cannot start the sending thread")
        }
    }

    /// New events were written: try now rather than at the next poll (a waiting backoff is kept).
    public func wake() { waker.signal() }

    /// Stops after the attempt in flight, waiting at most `seconds` for it. An attempt cut short
    /// is harmless: its batch is resent under the same id at the next start.
    public func stop(waitingAtMost seconds: Double = 2) {
        stopping.store(true, ordering: .relaxed)
        waker.signal()
        var waited = 0.0
        while !finished.load(ordering: .acquiring) && waited < seconds {
            usleep(10_000)
            waited += 0.01
        }
    }

    private func loop() {
        while !stopping.load(ordering: .relaxed) {
            if feedback != nil, pace.withLock({ $0.isDue(now: Timestamp.now().seconds) }) { _ = fetchFeedback() }
            let pause = attempt()
            if pause > 0 && !stopping.load(ordering: .relaxed) { waker.wait(seconds: pause) }
        }
        finished.store(true, ordering: .releasing)
    }

    /// One attempt; returns how long to wait before the next (0: go on at once).
    func attempt() -> Double {
        let batch: OutboxReader.Batch
        do {
            guard let next = try reader.nextBatch(maxEvents: settings.maxEvents, maxBytes: settings.maxBytes) else {
                return settings.idleSeconds
            }
            batch = next
        } catch {
            logger.error("upstream: cannot read the outbox: \(error)")
            return failed("outbox unreadable")
        }
        guard let body = try? JSON.encode(Report(events: batch.events)) else { return failed("cannot encode a report") }
        let timestamp: Int64
        do {
            timestamp = try reader.signingTime(batch: batch.id, now: Timestamp.now().seconds)
        } catch {
            logger.error("upstream: cannot note the attempt: \(error)")
            return failed("outbox unwritable")
        }
        let headers = [("Content-Type", "application/json"), ("webhook-id", batch.id), ("webhook-timestamp", String(timestamp)),
                       ("webhook-signature", WebhookSignature.sign(settings.secret, id: batch.id, timestamp: timestamp, body: body))]
        do {
            return handle(try transport.post(settings.reportURL, headers: headers, body: body), batch)
        } catch {
            return failed("hub unreachable: \(error)")
        }
    }

    private func handle(_ reply: HTTPReply, _ batch: OutboxReader.Batch) -> Double {
        switch reply.status {
        case 200:
            guard let ack = try? JSON.decode(Acknowledgement.self, from: reply.body) else { return failed("hub answered 200 without an acknowledgement") }
            let sent = Set(batch.events.map(\.id))
            let acked = ack.acked.filter(sent.contains)
            do {
                try reader.acknowledge(batch: batch.id, ids: acked)
            } catch {
                logger.error("upstream: cannot record the acknowledgement: \(error)")
                return failed("acknowledgement not recorded")
            }
            backoff.withLock { $0.succeeded() }
            pace.withLock { $0.deliveredEvents() }
            if acked.count < sent.count { return failed("hub acknowledged \(acked.count) of \(sent.count) events") }
            logger.debug("upstream: \(acked.count) events delivered (batch \(batch.id))")
            return 0
        case 401:
            return failed("hub refused the signature or the time (HTTP 401): check the clock and the kiosk's secret")
        case 429, 503:
            return failed("hub busy (HTTP \(reply.status))", retryAfter: Backoff.retryAfter(reply.retryAfter))
        default:
            return failed("hub answered HTTP \(reply.status)", retryAfter: Backoff.retryAfter(reply.retryAfter))
        }
    }

    /// One signed `GET` of the hub's feedback (Standard Webhooks headers over the empty body),
    /// handed to `feedback` when it is sound; true when it was.
    func fetchFeedback() -> Bool {
        let now = Timestamp.now().seconds
        let id = "feedback_" + RandomUUID.make()
        let headers = [("webhook-id", id), ("webhook-timestamp", String(now)),
                       ("webhook-signature", WebhookSignature.sign(settings.secret, id: id, timestamp: now, body: []))]
        let problem: String?
        var outcome = FeedbackPace.Outcome.failed
        do {
            let reply = try transport.get(settings.feedbackURL, headers: headers)
            if reply.status == 404 {
                outcome = .unsupported
                problem = "hub answered HTTP 404 (a hub older than this kiosk?); asking again in an hour"
            } else if reply.status != 200 {
                problem = "hub answered HTTP \(reply.status)"
            } else if let answer = try? JSON.decode(KioskFeedback.self, from: reply.body), PosterCode.isPrefix(answer.prefix) {
                feedback?(answer)
                outcome = .succeeded
                problem = nil
            } else {
                problem = "hub answered 200 without a readable feedback"
            }
        } catch {
            problem = "hub unreachable: \(error)"
        }
        if let problem { logger.warning("upstream: feedback not fetched: \(problem)") }
        pace.withLock { $0.fetched(now: now, outcome) }
        return problem == nil
    }

    private func failed(_ reason: String, retryAfter: Double? = nil) -> Double {
        try? reader.recordFailure(reason)
        let wait = backoff.withLock { $0.failed(retryAfter: retryAfter) }
        logger.warning("upstream: \(reason); next attempt in \(Int(wait.rounded())) s")
        return max(wait, 0.05)
    }
}

import Testing
import ReportProtocol

@Suite("Standard Webhooks signatures, as the specification's libraries make them")
struct SignatureTests {
    /// The specification's own example (checked with the standardwebhooks Python library).
    let secret = WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")!
    let body = Array(#"{"test": 2432232314}"#.utf8)

    @Test func signsLikeTheReferenceLibrary() {
        #expect(WebhookSignature.sign(secret, id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: body)
                == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    @Test func verifiesAmongSeveralSignatures() throws {
        let good = WebhookSignature.sign(secret, id: "m", timestamp: 1000, body: body)
        try WebhookSignature.verify(secret, id: "m", timestamp: "1000", signatures: "v1,AAAA " + good, body: body, now: 1200)
    }

    @Test func refusals() {
        let good = WebhookSignature.sign(secret, id: "m", timestamp: 1000, body: body)
        func refusal(id: String? = "m", timestamp: String? = "1000", signatures: String?, body: [UInt8]? = nil, now: Int64 = 1000) -> WebhookSignature.Failure? {
            do {
                try WebhookSignature.verify(secret, id: id, timestamp: timestamp, signatures: signatures, body: body ?? self.body, now: now)
                return nil
            } catch { return error }
        }
        #expect(refusal(id: nil, signatures: good) == .missingHeader("webhook-id"))
        #expect(refusal(timestamp: nil, signatures: good) == .missingHeader("webhook-timestamp"))
        #expect(refusal(signatures: nil) == .missingHeader("webhook-signature"))
        #expect(refusal(timestamp: "10e2", signatures: good) == .badTimestamp)
        #expect(refusal(signatures: good, now: 1301) == .outsideTolerance(skewSeconds: -301))
        #expect(refusal(signatures: good, now: 699) == .outsideTolerance(skewSeconds: 301))
        #expect(refusal(signatures: good, body: body + [0x20]) == .noValidSignature)
        #expect(refusal(signatures: "v2," + good.dropFirst(3)) == .noValidSignature)
        #expect(refusal(id: "n", signatures: good) == .noValidSignature)
    }

    @Test func secretsAreWhsecBase64() {
        let generated = WebhookSecret.generate()
        #expect(generated.key.count == 32 && WebhookSecret(generated.text) == generated)
        #expect(WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") == nil)
        #expect(WebhookSecret("whsec_c2hvcnQ=") == nil, "too short to be a key")
        #expect(WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n") != nil, "a trailing newline in the file is fine")
    }
}

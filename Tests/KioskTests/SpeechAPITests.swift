import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Kiosk
import Testing
import TestSupport

/// `POST /api/v1/speech` over loopback, with real espeak-ng: a WAV that speaks, the same bytes
/// and ETag the second time (304 on `If-None-Match`), and each refusal as a JSON error.
@Suite("Speech route", .ownThreads)
struct SpeechAPITests {
    static let sentence = "Votre commerce a-t-il une fiche Google, celle qui apparaît dans Google Maps ?"

    func speak(_ fixture: KioskFixture, _ body: [String: Any], headers: [String: String] = [:]) throws -> (status: Int, body: Data, headers: [String: String]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(fixture.port)/api/v1/speech")!)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try HTTP.send(request)
        var fields: [String: String] = [:]
        for (key, value) in response.allHeaderFields { fields[String(describing: key).lowercased()] = String(describing: value) }
        return (response.statusCode, data, fields)
    }

    @Test func answersAWAVThatSpeaksTheSentence() throws {
        let fixture = try KioskFixture()
        let reply = try speak(fixture, ["text": Self.sentence, "language": "fr"])
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "audio/wav")
        let audio = [UInt8](reply.body)
        #expect(audio.count > 44 && audio[0..<4].elementsEqual("RIFF".utf8) && audio[8..<12].elementsEqual("WAVE".utf8))
        let sampleRate = Int(audio[24]) | Int(audio[25]) << 8 | Int(audio[26]) << 16
        let dataBytes = Int(audio[40]) | Int(audio[41]) << 8 | Int(audio[42]) << 16 | Int(audio[43]) << 24
        #expect(dataBytes == audio.count - 44)
        let seconds = Double(dataBytes / 2) / Double(sampleRate)
        #expect((2.0...15.0).contains(seconds), "\(seconds) s for 13 words")
        let samples = stride(from: 44, to: audio.count - 1, by: 2).map { Double(Int16(bitPattern: UInt16(audio[$0]) | UInt16(audio[$0 + 1]) << 8)) }
        let rms = (samples.reduce(0) { $0 + $1 * $1 } / Double(samples.count)).squareRoot()
        #expect(rms > 300, "RMS \(rms): silent")
    }

    @Test func askedAgainAnswersTheSameBytesAndETag() throws {
        let fixture = try KioskFixture()
        let body: [String: Any] = ["text": "Bonjour et bienvenue.", "language": "fr", "rate": 120]
        let first = try speak(fixture, body)
        let second = try speak(fixture, body)
        #expect(first.status == 200 && second.status == 200)
        #expect(first.body == second.body)
        let tag = try #require(first.headers["etag"])
        #expect(second.headers["etag"] == tag)
        let unchanged = try speak(fixture, body, headers: ["If-None-Match": tag])
        #expect(unchanged.status == 304 && unchanged.body.isEmpty)
        let faster = try speak(fixture, ["text": "Bonjour et bienvenue.", "language": "fr", "rate": 200])
        #expect(faster.status == 200 && faster.headers["etag"] != tag, "another rate, another audio")
    }

    @Test func refusalsAreJSONErrorsNamingTheField() throws {
        let fixture = try KioskFixture()
        let cases: [([String: Any], String)] = [
            (["text": String(repeating: "a", count: 1001), "language": "fr"], "text"),
            (["text": "   ", "language": "fr"], "text"),
            (["text": "", "language": "fr"], "text"),
            (["text": "Bonjour", "language": "xx"], "language"),
            (["text": "Bonjour", "language": "fr", "rate": 20], "rate"),
            (["text": "Bonjour", "language": "fr", "rate": 1000], "rate"),
            (["text": "Bonjour", "language": "fr", "voice": "m3"], "voice"),
            (["language": "fr"], "text"),
        ]
        for (body, field) in cases {
            let reply = try speak(fixture, body)
            #expect(reply.status == 422, "\(body)")
            #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true)
            let json = try JSONSerialization.jsonObject(with: reply.body)
            #expect(KioskFixture.message(json).hasPrefix(field), "\(body): \(KioskFixture.message(json))")
        }
        #expect(try fixture.call("POST", "/api/v1/speech", body: "Bonjour", contentType: "text/plain").status == 415)
        #expect(try fixture.call("POST", "/api/v1/speech", body: "{").status == 400)
    }
}

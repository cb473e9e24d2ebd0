import HTTPServer
import Speech

/// `POST /api/v1/speech`: the kiosk reads a text aloud for the audio mode. The answer is a
/// 16-bit PCM mono WAV with a strong ETag; the same text, language and rate answer the same
/// bytes from the cache. The text is never logged (a visitor's typed values may be in it).
enum SpeechRoute {
    struct Body: Decodable {
        let text: String
        let language: String
        let rate: Int?
    }

    static func add(to router: inout Router, _ services: KioskServices) {
        router.add(.post, "/api/v1/speech") { request throws(HTTPError) in
            let (text, language, rate) = try parse(request)
            return .offloaded(Offloaded(request) { request in
                do throws(SpeechError) {
                    return .response(answer(try services.speaker.speak(text, language, rate: rate), request))
                } catch {
                    services.logger.error("speech: \(error.description)")
                    return .response(.error(unavailable))
                }
            })
        }
    }

    static let unavailable = HTTPError(status: 503, code: "speech_unavailable",
                                       message: "The kiosk cannot speak just now; the text stays on the screen.")

    private static func parse(_ request: Request) throws(HTTPError) -> (SpeechText, SpeechLanguage, SpeechRate) {
        let body = try JSONBody.decode(Body.self, from: request)
        guard let language = SpeechLanguage(rawValue: body.language) else {
            throw .invalidField("language", "must be one of \(SpeechLanguage.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var rate = SpeechRate.standard
        if let wordsPerMinute = body.rate {
            guard let chosen = SpeechRate(wordsPerMinute: wordsPerMinute) else {
                throw .invalidField("rate", "must be words per minute from \(SpeechRate.range.lowerBound) to \(SpeechRate.range.upperBound)")
            }
            rate = chosen
        }
        do throws(SpeechText.Refusal) {
            return (try SpeechText(body.text), language, rate)
        } catch {
            switch error {
            case .empty: throw .invalidField("text", "must not be empty")
            case .tooLong: throw .invalidField("text", "must be at most \(SpeechText.maximumCharacters) characters")
            }
        }
    }

    private static func answer(_ audio: [UInt8], _ request: Request) -> Response {
        let tag = ETag.strong(for: audio)
        let headers = [("ETag", tag), ("Cache-Control", "no-store")]
        if let condition = request.header("If-None-Match"), ETag.matches(ifNoneMatch: condition, tag: tag) {
            return .empty(status: 304, headers: headers)
        }
        return Response(headers: [("Content-Type", "audio/wav")] + headers, body: audio)
    }
}

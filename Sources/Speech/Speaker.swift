/// The kiosk's voice: text in one of its languages, at a rate, to a 16-bit PCM mono WAV, made
/// by espeak-ng on the box (offline) and kept in a byte-bounded cache. Nothing runs and nothing
/// is allocated before the first request.
public final class Speaker: Sendable {
    /// About 45 sentences of 13 words at the standard rate (≈ 180 KB each).
    public static let defaultCacheBytes = 8 << 20

    private let cache: SpeechCache

    public init(cacheBytes: Int = Speaker.defaultCacheBytes) {
        cache = SpeechCache(capacityBytes: cacheBytes)
    }

    /// The WAV for `text`, from the cache when it was made before.
    public func speak(_ text: SpeechText, _ language: SpeechLanguage, rate: SpeechRate = .standard) throws(SpeechError) -> [UInt8] {
        let key = SpeechCache.Key(text: text.text, language: language, rate: rate)
        if let audio = cache.audio(for: key) { return audio }
        let audio = try EspeakChild.synthesize(text.text, voice: language.voice, wordsPerMinute: rate.wordsPerMinute)
        cache.store(audio, for: key)
        return audio
    }

    /// Bytes of audio held now (for `/metrics` and tests).
    public var cachedBytes: Int { cache.storedBytes }

    /// The most audio the cache holds.
    public var capacityBytes: Int { cache.capacityBytes }
}

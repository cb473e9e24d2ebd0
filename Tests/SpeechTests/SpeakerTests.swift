@testable import Speech
import Testing

/// Real synthesis through espeak-ng (Debian `espeak-ng`): the audio is a WAV a strict parser
/// accepts, as long as the sentence, and not silence.
@Suite("Speaker")
struct SpeakerTests {
    static let sentence = "Votre commerce a-t-il une fiche Google, celle qui apparaît dans Google Maps ?"

    @Test func speaksAThirteenWordSentenceAsPlausibleWAV() throws {
        let audio = try Speaker().speak(SpeechText(Self.sentence), .fr)
        let wav = try #require(WAVReading(audio))
        #expect(wav.channels == 1 && wav.bitsPerSample == 16 && wav.format == 1)
        #expect(wav.declaredRIFFSize == audio.count - 8, "RIFF size is the true one, not espeak-ng's placeholder")
        #expect(wav.declaredDataSize == wav.samples.count * 2)
        #expect((2.0...15.0).contains(wav.seconds), "\(wav.seconds) s for 13 words")
        #expect(wav.rms > 300, "RMS \(wav.rms): silent")
    }

    @Test func englishAndSlowerRateAreSpokenToo() throws {
        let speaker = Speaker()
        let text = try SpeechText("Does your shop have a Google listing?")
        let standard = try #require(WAVReading(try speaker.speak(text, .en)))
        let ninety = try #require(SpeechRate(wordsPerMinute: 90))
        let slow = try #require(WAVReading(try speaker.speak(text, .en, rate: ninety)))
        #expect(standard.rms > 300)
        #expect(slow.seconds > standard.seconds * 1.3, "90 wpm lasts longer than 150 wpm")
    }

    @Test func secondCallAnswersTheSameBytesFromTheCache() throws {
        let speaker = Speaker()
        let text = try SpeechText(Self.sentence)
        let first = try speaker.speak(text, .fr)
        let held = speaker.cachedBytes
        let second = try speaker.speak(text, .fr)
        #expect(first == second)
        #expect(held == first.count && speaker.cachedBytes == held, "one entry, not stored twice")
    }

    @Test func cacheStaysWithinItsBytesDroppingTheLeastRecentlyUsed() {
        let cache = SpeechCache(capacityBytes: 250)
        func key(_ text: String) -> SpeechCache.Key { SpeechCache.Key(text: text, language: .fr, rate: .standard) }
        cache.store([UInt8](repeating: 1, count: 100), for: key("a"))
        cache.store([UInt8](repeating: 2, count: 100), for: key("b"))
        #expect(cache.audio(for: key("a")) != nil)  // "a" is now the most recently used
        cache.store([UInt8](repeating: 3, count: 100), for: key("c"))
        #expect(cache.audio(for: key("b")) == nil, "the least recently used went")
        #expect(cache.audio(for: key("a")) == [UInt8](repeating: 1, count: 100))
        #expect(cache.audio(for: key("c")) != nil)
        #expect(cache.storedBytes == 200)
        cache.store([UInt8](repeating: 4, count: 251), for: key("d"))
        #expect(cache.audio(for: key("d")) == nil && cache.storedBytes == 200, "larger than the cache: not kept")
    }

    @Test func refusesBlankAndOverlongText() throws {
        #expect(throws: SpeechText.Refusal.empty) { try SpeechText("  \n\t ") }
        #expect(throws: SpeechText.Refusal.tooLong) { try SpeechText(String(repeating: "a", count: SpeechText.maximumCharacters + 1)) }
        #expect((try? SpeechText(String(repeating: "a", count: SpeechText.maximumCharacters))) != nil)
        #expect(try SpeechText("un\u{0}deux").text == "un deux", "control characters become spaces")
    }

    @Test func rateOutsideItsRangeIsRefused() {
        #expect(SpeechRate(wordsPerMinute: 79) == nil)
        #expect(SpeechRate(wordsPerMinute: 301) == nil)
        #expect(SpeechRate(wordsPerMinute: 80) != nil && SpeechRate(wordsPerMinute: 300) != nil)
    }
}

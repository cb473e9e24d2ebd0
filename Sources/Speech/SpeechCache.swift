import Synchronization

/// The audio already made, by text, language and rate, least recently used first out once the
/// total passes `capacityBytes`: a screen read again, or the same question for the next
/// visitor, costs a lookup.
final class SpeechCache: Sendable {
    struct Key: Hashable, Sendable {
        let text: String
        let language: SpeechLanguage
        let rate: SpeechRate
    }

    private struct State {
        var entries: [Key: (audio: [UInt8], used: UInt64)] = [:]
        var bytes = 0
        var clock: UInt64 = 0
    }

    let capacityBytes: Int
    private let state = Mutex(State())

    init(capacityBytes: Int) { self.capacityBytes = capacityBytes }

    func audio(for key: Key) -> [UInt8]? {
        state.withLock { state in
            guard let entry = state.entries[key] else { return nil }
            state.clock += 1
            state.entries[key] = (entry.audio, state.clock)
            return entry.audio
        }
    }

    /// Audio larger than the whole cache is not kept.
    func store(_ audio: [UInt8], for key: Key) {
        guard audio.count <= capacityBytes else { return }
        state.withLock { state in
            state.clock += 1
            if let old = state.entries.updateValue((audio, state.clock), forKey: key) { state.bytes -= old.audio.count }
            state.bytes += audio.count
            while state.bytes > capacityBytes, let oldest = state.entries.min(by: { $0.value.used < $1.value.used }) {
                state.entries[oldest.key] = nil
                state.bytes -= oldest.value.audio.count
            }
        }
    }

    var storedBytes: Int { state.withLock { $0.bytes } }
}

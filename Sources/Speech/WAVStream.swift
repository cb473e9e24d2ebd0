/// espeak-ng's `--stdout` WAV is written as a stream: its RIFF and data sizes are placeholders
/// (0x7FFFF0xx), which strict players and parsers reject or misread. This checks the header is
/// 16-bit PCM mono and writes the true sizes.
enum WAVStream {
    static let headerBytes = 44

    static func finished(_ bytes: [UInt8]) throws(SpeechError) -> [UInt8] {
        guard bytes.count >= headerBytes,
              bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WAVE".utf8),
              bytes[12..<16].elementsEqual("fmt ".utf8), bytes[36..<40].elementsEqual("data".utf8) else {
            throw SpeechError(description: "espeak-ng did not answer a WAV stream")
        }
        guard littleEndian16(bytes, 20) == 1, littleEndian16(bytes, 22) == 1, littleEndian16(bytes, 34) == 16 else {
            throw SpeechError(description: "espeak-ng's WAV is not 16-bit PCM mono")
        }
        var audio = bytes
        let samples = (bytes.count - headerBytes) & ~1
        audio.removeLast(bytes.count - headerBytes - samples)
        write32(&audio, 4, UInt32(headerBytes - 8 + samples))
        write32(&audio, 40, UInt32(samples))
        return audio
    }

    private static func littleEndian16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private static func write32(_ bytes: inout [UInt8], _ offset: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }
}

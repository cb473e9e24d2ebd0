/// A strict reading of a canonical 44-byte-header PCM WAV, for the assertions.
struct WAVReading {
    let format, channels, sampleRate, bitsPerSample: Int
    let declaredRIFFSize, declaredDataSize: Int
    let samples: [Int16]

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 44, String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF",
              String(decoding: bytes[8..<12], as: UTF8.self) == "WAVE",
              String(decoding: bytes[36..<40], as: UTF8.self) == "data" else { return nil }
        func int(_ offset: Int, _ width: Int) -> Int {
            (0..<width).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        format = int(20, 2); channels = int(22, 2); sampleRate = int(24, 4); bitsPerSample = int(34, 2)
        declaredRIFFSize = int(4, 4); declaredDataSize = int(40, 4)
        guard declaredDataSize <= bytes.count - 44, sampleRate > 0 else { return nil }
        samples = stride(from: 44, to: 44 + declaredDataSize - 1, by: 2).map { Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8) }
    }

    var seconds: Double { Double(samples.count) / Double(sampleRate) }

    var rms: Double {
        guard !samples.isEmpty else { return 0 }
        let sum = samples.reduce(0.0) { $0 + Double($1) * Double($1) }
        return (sum / Double(samples.count)).squareRoot()
    }
}

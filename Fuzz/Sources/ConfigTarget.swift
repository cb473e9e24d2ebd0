import Configuration

/// The TOML subset: any bytes are parsed or refused with a line, never a crash.
enum ConfigTarget {
    static func run(_ bytes: [UInt8]) {
        _ = try? TOML.parse(bytes: bytes, source: "fuzz.toml")
    }
}

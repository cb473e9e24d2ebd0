/// Decoding file bytes, so that a file saved in Latin-1 is refused with the line to look at
/// instead of being read with replacement characters in it.
enum UTF8Text {
    static func decode(_ bytes: [UInt8], source: String) throws(ConfigError) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                scalars.append(scalar)
            case .emptyInput:
                return String(scalars)
            case .error:
                throw ConfigError(location: "\(source):\(line)", reason: "invalid UTF-8")
            }
        }
    }
}

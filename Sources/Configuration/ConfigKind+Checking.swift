/// Turning input into a checked value of a key's kind.
///
/// Files carry types, so a file value must already have the right TOML type; the environment
/// and flags carry only text, which is parsed by the kind.
extension ConfigKind {
    /// Checks a typed value from a TOML file (or a schema default).
    func check(_ value: ConfigValue, key: String) throws(Refusal) -> ConfigValue {
        switch (self, value) {
        case (.integer, .integer(let number)): return try checkRange(number, key: key)
        case (.boolean, .boolean): return value
        case (.string, .string(let text)), (.path, .string(let text)),
             (.enumeration, .string(let text)), (.address, .string(let text)), (.url, .string(let text)),
             (.optionalURL, .string(let text)),
             (.identifier, .string(let text)):
            return try checkText(text, key: key)
        default:
            throw Refusal("\(key) must be \(expectedType), got \(value.typeDescription)")
        }
    }

    /// Parses and checks text from the environment, a flag or a base default.
    func parse(_ text: String, key: String) throws(Refusal) -> ConfigValue {
        switch self {
        case .integer:
            guard case .value(let number) = IntegerText.parse(text) else {
                throw Refusal("'\(text)' is not an integer (\(key))")
            }
            return try checkRange(number, key: key)
        case .boolean:
            guard let flag = BooleanText.parse(text) else {
                throw Refusal("'\(text)' is not a boolean (\(key): use true/false, yes/no or 1/0)")
            }
            return .boolean(flag)
        case .string, .path, .enumeration, .address, .url, .optionalURL, .identifier:
            return try checkText(text, key: key)
        }
    }

    private var expectedType: String {
        switch self {
        case .integer: "an integer"
        case .boolean: "a boolean"
        case .string, .path, .enumeration, .address, .url, .optionalURL, .identifier: "a string"
        }
    }

    private func checkRange(_ number: Int, key: String) throws(Refusal) -> ConfigValue {
        guard case .integer(let range) = self, !range.contains(number) else { return .integer(number) }
        throw Refusal("\(key) must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
    }

    private func checkText(_ text: String, key: String) throws(Refusal) -> ConfigValue {
        switch self {
        case .path where text.isEmpty:
            throw Refusal("\(key) must not be empty")
        case .path where text.unicodeScalars.contains("\0"):
            throw Refusal("\(key) must not contain a NUL character")
        case .enumeration(let allowed) where !allowed.contains(text):
            throw Refusal("\(key) must be one of \(allowed.joined(separator: ", ")); got '\(text)'")
        case .identifier where !Self.isIdentifier(text):
            throw Refusal("'\(text)' must be 1 to 40 of a-z, 0-9 and inner '-' (\(key))")
        case .address where !IPAddress.isValid(text):
            throw Refusal("'\(text)' is not an IPv4 or IPv6 address (\(key))")
        case .optionalURL where text.isEmpty:
            return .string(text)
        case .url, .optionalURL:
            guard let url = WebURL(text) else {
                throw Refusal("'\(text)' is not an http(s) URL without user, query or fragment (\(key))")
            }
            return .string(url.description)
        default:
            return .string(text)
        }
    }

    private static func isIdentifier(_ text: String) -> Bool {
        (1...40).contains(text.utf8.count) && text.first != "-" && text.last != "-"
            && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}

/// The spellings of a boolean an operator may type in a unit file or on a command line.
private enum BooleanText {
    static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1": true
        case "false", "no", "0": false
        default: nil
        }
    }
}

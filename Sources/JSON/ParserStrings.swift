private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")

extension Parser {
    /// A string, from its opening quote at `index`: escapes decoded, UTF-8 checked.
    ///
    /// Most strings have no escape: they become a `String` straight from the input bytes.
    mutating func string() throws(SyntaxFailure) -> String {
        index += 1
        let start = index
        while let byte = current {
            switch byte {
            case quote:
                index += 1
                return text(start..<index - 1)
            case backslash: return try escapedString(from: start)
            default: try skipCharacter(byte)
            }
        }
        throw failure("unterminated text: a closing '\"' is missing")
    }

    /// The rest of a string whose text began at `start` and has an escape at `index`.
    private mutating func escapedString(from start: Int) throws(SyntaxFailure) -> String {
        var text = Array(bytes[start..<index])
        while let byte = current {
            switch byte {
            case quote:
                index += 1
                return String(decoding: text, as: UTF8.self)
            case backslash: try escape(into: &text)
            default:
                let characterStart = index
                try skipCharacter(byte)
                text.append(contentsOf: bytes[characterStart..<index])
            }
        }
        throw failure("unterminated text: a closing '\"' is missing")
    }

    /// Steps over one unescaped character, refusing control characters and invalid UTF-8.
    private mutating func skipCharacter(_ byte: UInt8) throws(SyntaxFailure) {
        guard byte >= 0x20 else { throw failure("line break or control character inside text (write \\n instead)") }
        guard let length = utf8SequenceLength(in: bytes, at: index) else { throw failure("invalid UTF-8") }
        index += length
    }

    /// Decodes the escape whose backslash is at `index`.
    private mutating func escape(into text: inout [UInt8]) throws(SyntaxFailure) {
        index += 1
        guard let byte = current else { throw unexpected() }
        if let replacement = Self.simpleEscape(byte) {
            text.append(replacement)
            index += 1
            return
        }
        guard byte == UInt8(ascii: "u") else { throw failure("invalid escape after '\\'") }
        index += 1
        UTF8.encode(try unicodeEscape()) { text.append($0) }
    }

    private static func simpleEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case quote, backslash, UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The scalar of a `\uXXXX` escape (from after the `\u`), joining a UTF-16 surrogate pair;
    /// a lone surrogate is refused, as it is no character at all.
    private mutating func unicodeEscape() throws(SyntaxFailure) -> Unicode.Scalar {
        var value = try hexQuad()
        if (0xD800...0xDBFF).contains(value) {
            guard bytes[index...].starts(with: [backslash, UInt8(ascii: "u")]) else { throw failure("unpaired \\u surrogate") }
            index += 2
            let low = try hexQuad()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired \\u surrogate") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw failure("unpaired \\u surrogate") }
        return scalar
    }

    private mutating func hexQuad() throws(SyntaxFailure) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard index + offset < bytes.count, let digit = hexDigitValue(bytes[index + offset]) else {
                throw failure("expected 4 hexadecimal digits after \\u")
            }
            value = value << 4 | digit
        }
        index += 4
        return value
    }
}

private func hexDigitValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

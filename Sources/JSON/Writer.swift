/// Writes a `JSONValue` as compact UTF-8 JSON, members in the order the value holds them.
///
/// Text is escaped so the output can be pasted into an HTML `<script>` element or an attribute
/// unchanged: `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`, and the line
/// separators U+2028 and U+2029 (line breaks for JavaScript) as `\u2028`, `\u2029`.
struct Writer {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .number(let number): bytes.append(contentsOf: number.text.utf8)
        case .string(let text): write(text)
        case .array(let elements): writeArray(elements)
        case .object(let fields): writeObject(fields)
        }
    }

    private mutating func writeArray(_ elements: [JSONValue]) {
        bytes.append(UInt8(ascii: "["))
        for (position, element) in elements.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            write(element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ fields: [JSONField]) {
        bytes.append(UInt8(ascii: "{"))
        for (position, field) in fields.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            write(field.key)
            bytes.append(UInt8(ascii: ":"))
            write(field.value)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func write(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                append(Self.unicodeEscape(UInt32(byte)))
            case 0xA8...0xA9 where bytes.last == 0x80 && bytes.dropLast().last == 0xE2:
                replaceLineSeparator(byte)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// U+2028 or U+2029, whose first two UTF-8 bytes (E2 80) were just written as they came:
    /// nothing else can leave them at the end of the output, as every escape is ASCII.
    private mutating func replaceLineSeparator(_ lastByte: UInt8) {
        bytes.removeLast(2)
        append(Self.unicodeEscape(lastByte == 0xA8 ? 0x2028 : 0x2029))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.utf8.count) + digits
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

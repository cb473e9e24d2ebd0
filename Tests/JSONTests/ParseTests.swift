import JSON
import Testing

private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSON.parse(Array(text.utf8))
}

/// The error `JSON.parse` gives for `bytes`, as `line L, column C: reason`.
private func syntaxError(_ bytes: [UInt8]) -> String? {
    do {
        _ = try JSON.parse(bytes)
        return nil
    } catch {
        return error.description
    }
}

private func syntaxError(_ text: String) -> String? {
    syntaxError(Array(text.utf8))
}

@Suite("Parsing")
struct ParseTests {
    @Test("every kind of value, objects in document order")
    func values() throws {
        let value = try parse(#" {"b": [1, "two", true, false, null], "a": {"z": "x", "y": {}} , "c": []} "#)
        #expect(value == ["b": [1, "two", true, false, nil], "a": ["z": "x", "y": [:]], "c": []])
        guard case .object(let fields) = value else { Issue.record("not an object"); return }
        #expect(fields.map(\.key) == ["b", "a", "c"])
    }

    @Test("numbers keep the text they were written with")
    func numbersAsWritten() throws {
        let texts = ["0", "-0", "1.50", "-2.5e3", "1E+2", "1e-07", "12345678901234567890123"]
        let value = try parse("[" + texts.joined(separator: ", ") + "]")
        guard case .array(let elements) = value else { Issue.record("not an array"); return }
        #expect(elements.map { element -> String? in
            guard case .number(let number) = element else { return nil }
            return number.text
        } == texts)
    }

    @Test("escapes are decoded, surrogate pairs joined")
    func escapes() throws {
        #expect(try parse(#""\" \\ \/ \b \f \n \r \t \u00e9 \uD83D\uDE00 \u0041""#)
            == .string("\" \\ / \u{8} \u{C} \n \r \t é 😀 A"))
    }

    @Test("UTF-8 text is kept as is")
    func utf8Text() throws {
        #expect(try parse("\"Débutant · 😀 \u{202F}?\"") == .string("Débutant · 😀 \u{202F}?"))
    }

    @Test("nesting up to the limit is accepted")
    func deepNesting() throws {
        let depth = JSON.maxDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try parse(text) }
        #expect(syntaxError("[" + text + "]") == "line 1, column 65: nesting deeper than 64 levels")
        #expect(syntaxError(String(repeating: "{\"a\":", count: 65) + "1" + String(repeating: "}", count: 65))
            == "line 1, column 321: nesting deeper than 64 levels")
    }

    @Test("a key written twice is refused, in small and large objects")
    func duplicateKeys() {
        #expect(syntaxError(#"{"a": 1, "b": 2, "a": 3}"#) == "line 1, column 18: field 'a' appears twice")
        let members = (0..<40).map { "\"k\($0)\": \($0)" } + ["\"k7\": 0"]
        let text = "{" + members.joined(separator: ",") + "}"
        #expect(syntaxError(text) == "line 1, column \(text.utf8.count - 7): field 'k7' appears twice")
        #expect(syntaxError(#"{"a": {"a": 1}, "b": {"a": 2}}"#) == nil)
    }

    @Test("errors name the line and column, counting characters", arguments: [
        ("", "line 1, column 1: unexpected end of file"),
        ("   ", "line 1, column 4: unexpected end of file"),
        ("[1,]", "line 1, column 4: unexpected ']'"),
        ("[1 2]", "line 1, column 4: expected ',' or ']' after a value"),
        (#"{"a": 1,}"#, "line 1, column 9: expected a field name in double quotes"),
        ("{'a': 1}", "line 1, column 2: expected a field name in double quotes"),
        (#"{"a" 1}"#, "line 1, column 6: expected ':' after the field name"),
        (#"{"a": 1"#, "line 1, column 8: expected ',' or '}' after a field"),
        ("[1] // note", "line 1, column 5: unexpected text after the end of the document"),
        ("/* note */ 1", "line 1, column 1: unexpected '/'"),
        ("nul", "line 1, column 1: unexpected 'n'"),
        ("True", "line 1, column 1: unexpected 'T'"),
        ("[NaN]", "line 1, column 2: unexpected 'N'"),
        ("+1", "line 1, column 1: unexpected '+'"),
        ("[.5]", "line 1, column 2: unexpected '.'"),
        ("[01]", "line 1, column 2: invalid number"),
        ("[-]", "line 1, column 2: invalid number"),
        ("[1.]", "line 1, column 2: invalid number"),
        ("[1e]", "line 1, column 2: invalid number"),
        ("[1e+]", "line 1, column 2: invalid number"),
        ("\"abc", "line 1, column 5: unterminated text: a closing '\"' is missing"),
        ("\"a\tb\"", "line 1, column 3: line break or control character inside text (write \\n instead)"),
        (#""\x""#, "line 1, column 3: invalid escape after '\\'"),
        (#""\"#, "line 1, column 3: unexpected end of file"),
        (#""\u12G4""#, "line 1, column 4: expected 4 hexadecimal digits after \\u"),
        (#""\uD83D""#, "line 1, column 8: unpaired \\u surrogate"),
        (#""\uD83Dx""#, "line 1, column 8: unpaired \\u surrogate"),
        (#""\uD83D\u0041""#, "line 1, column 14: unpaired \\u surrogate"),
        (#""\uDE00""#, "line 1, column 8: unpaired \\u surrogate"),
        ("{\n  \"é\": 1\n  \"b\": 2\n}", "line 3, column 3: expected ',' or '}' after a field"),
        ("[\r\n  1,\r\n  x]", "line 3, column 3: unexpected 'x'"),
        ("[\"😀\", é]", "line 1, column 7: unexpected character"),
    ])
    func errors(text: String, expected: String) {
        #expect(syntaxError(text) == expected)
    }

    @Test("invalid UTF-8 is refused where it starts", arguments: [
        [0x22, 0xFF, 0x22],                   // never valid
        [0x22, 0xC0, 0x80, 0x22],             // overlong NUL
        [0x22, 0xE0, 0x80, 0xAF, 0x22],       // overlong '/'
        [0x22, 0xED, 0xA0, 0x80, 0x22],       // an encoded surrogate
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], // above U+10FFFF
        [0x22, 0xC3, 0x22],                   // cut short
        [0x22, 0xE2, 0x82],                   // cut short at the end
    ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        #expect(syntaxError(bytes) == "line 1, column 2: invalid UTF-8")
    }

    @Test("a byte-order mark is refused: callers that accept one strip it first")
    func byteOrderMark() {
        #expect(syntaxError([0xEF, 0xBB, 0xBF, 0x31]) == "line 1, column 1: unexpected character")
    }

    @Test("the error's parts are available separately")
    func errorParts() {
        #expect(throws: JSONSyntaxError(line: 2, column: 1, reason: "unexpected ']'")) { try parse("[1,\n]") }
    }
}

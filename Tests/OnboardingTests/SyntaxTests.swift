import Foundation
import Onboarding
import Testing

/// A file's raw text and the exact refusal after `<folder>/fr/levels.json: `.
struct RawFile: Sendable, CustomTestStringConvertible {
    let bytes: [UInt8]
    let expected: String

    init(_ text: String, _ expected: String) {
        self.bytes = Array(text.utf8)
        self.expected = expected
    }

    init(bytes: [UInt8], _ expected: String) {
        self.bytes = bytes
        self.expected = expected
    }

    var testDescription: String { expected }
}

private let syntaxCases: [RawFile] = [
    RawFile("", "line 1, column 1: unexpected end of file"),
    RawFile(#"{"levels": [}"#, "line 1, column 13: unexpected '}'"),
    RawFile(#"{"levels": [1,]}"#, "line 1, column 15: unexpected ']'"),
    RawFile(#"{"levels": [], }"#, "line 1, column 16: expected a field name in double quotes"),
    RawFile(#"{"a": 1 "b": 2}"#, "line 1, column 9: expected ',' or '}' after a field"),
    RawFile(#"{"a" 1}"#, "line 1, column 6: expected ':' after the field name"),
    RawFile(#"{"levels": [], "levels": []}"#, "line 1, column 16: field 'levels' appears twice"),
    RawFile("{\n  \"levels\": [\n    {\"id\": \"débutant\" \"x\"}\n  ]\n}", "line 3, column 23: expected ',' or '}' after a field"),
    RawFile(#"{"levels": "abc"#, "line 1, column 16: unterminated text: a closing '\"' is missing"),
    RawFile("{\"a\": \"x\ny\"}", "line 1, column 9: line break or control character inside text (write \\n instead)"),
    RawFile(#"{"a": "\x"}"#, "line 1, column 9: invalid escape after '\\'"),
    RawFile(#"{"a": "\u12"}"#, "line 1, column 10: expected 4 hexadecimal digits after \\u"),
    RawFile(#"{"a": "\ud83d"}"#, "line 1, column 14: unpaired \\u surrogate"),
    RawFile(#"{"levels": 01}"#, "line 1, column 12: invalid number"),
    RawFile(#"{"levels": 1.}"#, "line 1, column 12: invalid number"),
    RawFile(#"{"levels": tru}"#, "line 1, column 12: unexpected 't'"),
    RawFile("{} x", "line 1, column 4: unexpected text after the end of the document"),
    RawFile(String(repeating: "[", count: 70), "line 1, column 65: nesting deeper than 64 levels"),
    RawFile(bytes: [0x7B, 0xFF, 0x7D], "is not valid UTF-8 text"),
]

@Suite("JSON syntax")
struct SyntaxTests {
    @Test("syntax errors name the line and column", arguments: syntaxCases)
    func syntax(_ raw: RawFile) throws {
        let folder = try MinimalContent.write(language: "fr", file: "levels", bytes: Data(raw.bytes))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(loadDescription(folder) == "\(folder)/fr/levels.json: \(raw.expected)")
    }

    @Test("escapes are decoded and a byte-order mark is skipped")
    func escapesAndBOM() throws {
        let text = MinimalContent.levels.rendered
            .replacingOccurrences(of: #""name": "bas""#, with: #""name": "D\u00e9butant \ud83d\ude00 \"1\"""#)
        let folder = try MinimalContent.write(language: "fr", file: "levels", bytes: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let french = try ContentLoader.load(directory: folder, languages: ["fr"]).french
        #expect(french.levels[0].name == "Débutant 😀 \"1\"")
    }

    private func loadDescription(_ folder: String) -> String? {
        do {
            _ = try ContentLoader.load(directory: folder)
            return nil
        } catch {
            return error.description
        }
    }
}

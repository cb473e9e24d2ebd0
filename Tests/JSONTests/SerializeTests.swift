import JSON
import Testing

private func text(_ value: JSONValue) -> String {
    String(decoding: JSON.serialize(value), as: UTF8.self)
}

@Suite("Serializing")
struct SerializeTests {
    @Test("compact, members in the value's order")
    func compact() {
        #expect(text(["b": [1, true, nil], "a": ["x": "y"], "c": [:]]) == #"{"b":[1,true,null],"a":{"x":"y"},"c":{}}"#)
        #expect(text([]) == "[]")
    }

    @Test("text that could end a <script> or break JavaScript is escaped")
    func htmlSafe() {
        #expect(text("</script><!-- & \u{2028}\u{2029}") == #""\u003c/script\u003e\u003c!-- \u0026 \u2028\u2029""#)
    }

    @Test("quotes, backslashes and control characters are escaped; other text is UTF-8 as is")
    func escapes() {
        #expect(text("\"\\\n\r\t\u{0}\u{8}\u{1F}\u{7F}") == #""\"\\\n\r\t\u0000\u0008\u001f"#  + "\u{7F}\"")
        #expect(text("é 😀 \u{2027}\u{202A} /") == "\"é 😀 \u{2027}\u{202A} /\"")
    }

    @Test("numbers are written as their text")
    func numbers() throws {
        #expect(text(.number(JSONNumber(-12))) == "-12")
        #expect(text(.number(JSONNumber(UInt64.max))) == "18446744073709551615")
        #expect(text(.number(try #require(JSONNumber(0.1)))) == "0.1")
        #expect(text(.number(try #require(JSONNumber(1e-7)))) == "1e-07")
        #expect(JSONNumber(Double.infinity) == nil && JSONNumber(Float.nan) == nil)
    }

    @Test("what is written parses back to the same value")
    func roundTrip() throws {
        let value: JSONValue = ["text": "a\u{2028}<b> \"q\" \\ \u{1} é", "list": [1, ["deep": [nil, false]]], "empty": ""]
        #expect(try JSON.parse(JSON.serialize(value)) == value)
    }
}

import JSON
import Testing

private func decode<T: Decodable>(
    _ type: T.Type, _ text: String, allowUnknownKeys: Bool = false
) throws(JSONDecodingError) -> T {
    try JSON.decode(type, from: Array(text.utf8), allowUnknownKeys: allowUnknownKeys)
}

/// The description of the error decoding `text` as `type` gives, or nil if it decodes.
private func failure<T: Decodable>(_ type: T.Type, _ text: String, allowUnknownKeys: Bool = false) -> String? {
    do {
        _ = try decode(type, text, allowUnknownKeys: allowUnknownKeys)
        return nil
    } catch {
        return error.description
    }
}

private struct Answer: Codable, Equatable {
    let id: String
    let points: Int
    let note: String?
}

private struct Submission: Codable, Equatable {
    let answers: [Answer]
    let visitor: Visitor?
    let ratio: Double
    let accepted: Bool
}

private struct Visitor: Codable, Equatable {
    let language: String
}

private enum Cost: String, Codable {
    case free, low
}

private struct Numbers: Decodable {
    let small: UInt8?
    let signed: Int8?
    let big: Int64?
    let unsigned: UInt64?
    let float: Float?
    let double: Double?
    let int: Int?
}

/// Refuses an empty name with its own message, as custom validation does.
private struct Name: Decodable {
    let text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        text = try container.decode(String.self)
        guard !text.isEmpty else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "must not be empty")
        }
    }
}

private struct Named: Decodable {
    let names: [Name]
}

/// Reads its fields by hand, through nested containers and a super decoder.
private struct Handmade: Decodable, Equatable {
    enum Keys: String, CodingKey { case point, list, base }
    enum PointKeys: String, CodingKey { case x, y }

    let x: Int
    let y: Int?
    let list: [String]
    let kind: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let point = try container.nestedContainer(keyedBy: PointKeys.self, forKey: .point)
        x = try point.decode(Int.self, forKey: .x)
        y = try point.decodeIfPresent(Int.self, forKey: .y)
        var list = try container.nestedUnkeyedContainer(forKey: .list)
        var items: [String] = []
        while !list.isAtEnd {
            items.append(try list.decodeNil() ? "-" : try list.decode(String.self))
        }
        self.list = items
        kind = try Base(from: container.superDecoder(forKey: .base)).kind
    }
}

private struct Base: Decodable {
    let kind: String
}

private struct Payload: Decodable, Equatable {
    let type: String
    let data: JSONValue
}

@Suite("Decoding")
struct DecodeTests {
    @Test("a nested document, with optionals absent or null")
    func nested() throws {
        let text = #"{"answers": [{"id": "a", "points": 2}, {"id": "b", "points": 0, "note": null}], "ratio": 1, "accepted": true}"#
        #expect(try decode(Submission.self, text) == Submission(
            answers: [Answer(id: "a", points: 2, note: nil), Answer(id: "b", points: 0, note: nil)],
            visitor: nil, ratio: 1, accepted: true))
    }

    @Test("errors name the field by its path", arguments: [
        (#"{"answers": [], "ratio": 1}"#, "accepted: is required"),
        (#"{"answers": [{"id": "a", "points": 1}, {"id": 2, "points": 1}], "ratio": 1, "accepted": true}"#,
         "answers[1].id: must be a string"),
        (#"{"answers": [{"id": "a", "points": "1"}], "ratio": 1, "accepted": true}"#, "answers[0].points: must be an integer"),
        (#"{"answers": [{"id": "a"}], "ratio": 1, "accepted": true}"#, "answers[0].points: is required"),
        (#"{"answers": [{"id": null, "points": 1}], "ratio": 1, "accepted": true}"#, "answers[0].id: must not be null"),
        (#"{"answers": null, "ratio": 1, "accepted": true}"#, "answers: must not be null"),
        (#"{"answers": {}, "ratio": 1, "accepted": true}"#, "answers: must be an array"),
        (#"{"answers": [[]], "ratio": 1, "accepted": true}"#, "answers[0]: must be an object"),
        (#"{"answers": [], "ratio": "1", "accepted": true}"#, "ratio: must be a number"),
        (#"{"answers": [], "ratio": 1, "accepted": 1}"#, "accepted: must be true or false"),
        (#"{"answers": [], "ratio": 1, "accepted": true, "visitor": {"language": "fr", "age": 40}}"#,
         "visitor.age: is not a field of this request"),
        (#"{"answers": [{"id": "a", "points": 1, "nothe": "x"}], "ratio": 1, "accepted": true}"#,
         "answers[0].nothe: is not a field of this request"),
        (#"{"answers": [], "ratio": 1, "accepted": true, "extra": 1, "more": 2}"#, "extra: is not a field of this request"),
        ("[]", "must be an object"),
        ("null", "must not be null"),
    ])
    func fieldErrors(text: String, expected: String) {
        #expect(failure(Submission.self, text) == expected)
    }

    @Test("the error's parts are available separately, syntax errors included")
    func errorCases() {
        #expect(throws: JSONDecodingError.field(path: "answers[0].points", reason: "is required")) {
            try decode(Submission.self, #"{"answers": [{"id": "a"}], "ratio": 1, "accepted": true}"#)
        }
        #expect(throws: JSONDecodingError.syntax(JSONSyntaxError(line: 1, column: 13, reason: "unexpected '}'"))) {
            try decode(Submission.self, #"{"answers": }"#)
        }
        #expect(failure(Submission.self, "{") == "line 1, column 2: expected a field name in double quotes")
    }

    @Test("unknown keys can be allowed, at every depth")
    func allowUnknownKeys() throws {
        let text = #"{"answers": [{"id": "a", "points": 1, "x": 1}], "ratio": 1, "accepted": true, "y": {"z": 1}}"#
        #expect(try decode(Submission.self, text, allowUnknownKeys: true).answers[0].id == "a")
    }

    @Test("integers are read exactly or refused", arguments: [
        (#"{"small": 255, "signed": -128, "big": 9223372036854775807, "unsigned": 18446744073709551615, "int": -0}"#, nil),
        (#"{"small": 256}"#, "small: is out of range"),
        (#"{"small": -1}"#, "small: is out of range"),
        (#"{"signed": -129}"#, "signed: is out of range"),
        (#"{"big": 9223372036854775808}"#, "big: is out of range"),
        (#"{"unsigned": -1}"#, "unsigned: is out of range"),
        (#"{"int": 1.5}"#, "int: must be an integer"),
        (#"{"int": 1e2}"#, "int: must be an integer"),
        (#"{"int": 1.0}"#, "int: must be an integer"),
        (#"{"int": true}"#, "int: must be an integer"),
        (#"{"float": 1e39}"#, "float: is out of range"),
        (#"{"double": 1e400}"#, "double: is out of range"),
        (#"{"float": 3, "double": -2.5e-3}"#, nil),
    ] as [(String, String?)])
    func integers(text: String, expected: String?) {
        #expect(failure(Numbers.self, text) == expected)
    }

    @Test("numbers keep their precision")
    func precision() throws {
        let numbers = try decode(Numbers.self, #"{"big": -9223372036854775808, "unsigned": 18446744073709551615, "double": 0.1}"#)
        #expect(numbers.big == .min && numbers.unsigned == .max && numbers.double == 0.1)
    }

    @Test("a type's own refusal gives its message at its path")
    func ownRefusal() {
        #expect(failure(Named.self, #"{"names": ["Ana", ""]}"#) == "names[1]: must not be empty")
    }

    @Test("raw-value enums: an unknown value is refused at its path")
    func enums() throws {
        #expect(try decode([Cost].self, #"["free", "low"]"#) == [.free, .low])
        #expect(failure([Cost].self, #"["free", "cheap"]"#) == "[1]: Cannot initialize Cost from invalid String value cheap")
    }

    @Test("dictionaries with string and integer keys")
    func dictionaries() throws {
        #expect(try decode([String: Int].self, #"{"a": 1, "b": 2}"#) == ["a": 1, "b": 2])
        #expect(try decode([Int: String].self, #"{"10": "ten", "-2": "minus two"}"#) == [10: "ten", -2: "minus two"])
        #expect(failure([String: Int].self, #"{"a": 1, "b": "2"}"#) == "b: must be an integer")
    }

    @Test("optionals in arrays and at the top level")
    func optionals() throws {
        #expect(try decode([Int?].self, "[1, null, 3]") == [1, nil, 3])
        #expect(try decode(Int?.self, "null") == nil)
        #expect(try decode(String.self, #""top""#) == "top")
    }

    @Test("nested containers and super decoders, their unknown keys refused too")
    func handmade() throws {
        let text = #"{"point": {"x": 1}, "list": ["a", null], "base": {"kind": "k"}}"#
        let decoded = try decode(Handmade.self, text)
        #expect(decoded.x == 1 && decoded.kind == "k")
        #expect(decoded.list == ["a", "-"] && decoded.y == nil)
        #expect(failure(Handmade.self, #"{"point": {"x": 1, "z": 0}, "list": [], "base": {"kind": "k"}}"#)
            == "point.z: is not a field of this request")
        #expect(failure(Handmade.self, #"{"point": {"x": 1}, "list": [], "base": {"kind": "k", "v": 2}}"#)
            == "base.v: is not a field of this request")
        #expect(failure(Handmade.self, #"{"point": {"x": 1}, "list": [1], "base": {"kind": "k"}}"#)
            == "list[0]: must be a string")
    }

    @Test("a JSONValue field takes the value as it is, unknown keys and all")
    func jsonValueField() throws {
        let payload = try decode(Payload.self, #"{"type": "t", "data": {"z": [1, {"x": null}], "a": "b"}}"#)
        #expect(payload == Payload(type: "t", data: ["z": [1, ["x": nil]], "a": "b"]))
    }

    @Test("decoding from a parsed value")
    func fromValue() throws {
        let value: JSONValue = ["id": "a", "points": 3]
        #expect(try JSON.decode(Answer.self, from: value) == Answer(id: "a", points: 3, note: nil))
    }

    @Test("what is encoded decodes back")
    func roundTrip() throws {
        let submission = Submission(
            answers: [Answer(id: "é<", points: -4, note: "\u{2028}")], visitor: Visitor(language: "fr"),
            ratio: 0.1 + 0.2, accepted: false)
        #expect(try JSON.decode(Submission.self, from: JSON.encode(submission)) == submission)
    }
}
